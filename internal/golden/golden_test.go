package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that records a failure instead of stopping; the
// embedded nil TB is never reached by Check.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Fatal(...any)          { r.failed = true }

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.json")
	if err := os.WriteFile(path, []byte("{\n  \"city\": \"Sfax\"\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		path      string
		v         any
		got, want bool // failed
	}{
		{name: "same", path: path, v: map[string]string{"city": "Sfax"}, want: false},
		{name: "differs", path: path, v: map[string]string{"city": "Gabes"}, want: true},
		{name: "missing file", path: filepath.Join(dir, "none.json"), v: 1, want: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{}
			CheckJSON(r, tt.path, tt.v)
			tt.got = r.failed
			if tt.got != tt.want {
				t.Errorf("failed = %v, want %v", tt.got, tt.want)
			}
		})
	}
}

func TestCheckUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.golden")
	*update = true
	defer func() { *update = false }()
	r := &recorder{}
	Check(r, path, []byte("line\n"))
	if r.failed {
		t.Fatal("Check with -update failed")
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "line\n" {
		t.Errorf("-update wrote %q, %v; want %q", got, err, "line\n")
	}
}

func TestFirstDiff(t *testing.T) {
	tests := []struct {
		a, b string
		got  int
		want int
	}{
		{a: "x\ny\n", b: "x\nz\n", want: 2},
		{a: "x\n", b: "x\ny\n", want: 2},
		{a: "x", b: "y", want: 1},
	}
	for _, tt := range tests {
		tt.got, _, _ = firstDiff([]byte(tt.a), []byte(tt.b))
		if tt.got != tt.want {
			t.Errorf("firstDiff(%q, %q) line = %d, want %d", tt.a, tt.b, tt.got, tt.want)
		}
	}
}

func TestForEach(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"en-port.txt", "fr-vote.txt", "skip.json"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("text of "+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	ForEach(t, filepath.Join(dir, "*.txt"), func(t *testing.T, name string, input []byte) {
		got = append(got, name+"="+string(input))
	})
	want := []string{"en-port=text of en-port.txt", "fr-vote=text of fr-vote.txt"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("ForEach saw %q, want %q", got, want)
	}
}
