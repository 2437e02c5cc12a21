// Package devset loads the gold files of the shared development set
// (../shared/devset beside the module, described by
// contract/gold.schema.json) for tests that measure extraction on it.
//
// The dev set is third-party text kept outside the repository: Load skips
// the calling test, saying so, when it is absent.
package devset

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// SkipMessage is what a test skipped for want of the dev set reports.
const SkipMessage = "../shared/devset absent: dev-set test skipped"

// Gold is one gold file: an article and its annotations. Absent or null
// fields are left empty.
type Gold struct {
	ID        string `json:"id"`
	Lang      string `json:"lang"`
	Published string `json:"published"` // YYYY-MM-DD or ""
	Text      string `json:"text"`
	Gold      struct {
		EventDate     string     `json:"event_date"` // "" when null
		Dates         []string   `json:"dates"`
		Locations     []Location `json:"locations"`
		Countries     []string   `json:"countries"`
		People        []Person   `json:"people"`
		Organizations []string   `json:"organizations"`
		Figures       []Figure   `json:"figures"`
	} `json:"gold"`
}

// Location is a gold place: a city (City not "") or a country alone.
type Location struct {
	Name    string `json:"name"`
	City    string `json:"city"`
	Country string `json:"country"`
}

// Person is a gold participant; Role is "" when the gold gives none.
type Person struct {
	Name string `json:"name"`
	Role string `json:"role"`
}

// Figure is a gold figure.
type Figure struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// Dir returns the dev-set directory: ../shared/devset beside the module
// root, found from the working directory (a test's package directory).
// It returns "" when no module root is found.
func Dir() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "devset")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// files returns the dev set's gold file paths in name order, none when the
// dev set is absent.
func files() []string {
	dir := Dir()
	if dir == "" {
		return nil
	}
	files, _ := filepath.Glob(filepath.Join(dir, "dev-*.json"))
	return files
}

// Available reports whether the dev set is there, for tests that use it
// only when it is (Load skips the test otherwise).
func Available() bool { return len(files()) > 0 }

// Load reads every dev-*.json gold file of the dev set, in file-name order.
// It skips t with SkipMessage when the dev set is absent and fails t when a
// file cannot be read or parsed.
func Load(t testing.TB) []Gold {
	t.Helper()
	paths := files()
	if len(paths) == 0 {
		t.Skip(SkipMessage)
	}
	out := make([]Gold, 0, len(paths))
	for _, f := range paths {
		g, err := ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

// ReadFile reads one gold file. Errors are prefixed with "devset:" and wrap
// the read or JSON error.
func ReadFile(path string) (Gold, error) {
	var g Gold
	b, err := os.ReadFile(path)
	if err != nil {
		return g, fmt.Errorf("devset: %w", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return g, fmt.Errorf("devset: %s: %w", path, err)
	}
	return g, nil
}
