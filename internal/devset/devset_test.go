package devset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dev-900.json")
	doc := `{"id": "dev-900", "lang": "en", "published": null, "text": "Port officials in Sfax said on Monday ...",
		"gold": {"event_date": null, "dates": ["2026-05-04"],
			"locations": [{"name": "Sfax", "city": "Sfax", "country": "TN"}, {"name": "Tunisia", "city": null, "country": "TN"}],
			"countries": ["TN"], "people": [{"name": "Nadia Ferhat", "role": null}],
			"organizations": ["Maghreb Ports Authority"], "figures": [{"text": "1,200 workers", "value": 1200, "unit": "workers"}]}}`
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if g.ID != "dev-900" || g.Published != "" || g.Gold.EventDate != "" || len(g.Gold.Dates) != 1 {
		t.Errorf("article fields = %+v", g)
	}
	if l := g.Gold.Locations; len(l) != 2 || l[0].City != "Sfax" || l[1].City != "" || l[1].Country != "TN" {
		t.Errorf("locations = %+v", l)
	}
	if p := g.Gold.People; len(p) != 1 || p[0].Name != "Nadia Ferhat" || p[0].Role != "" {
		t.Errorf("people = %+v", p)
	}
	if f := g.Gold.Figures; len(f) != 1 || f[0].Value != 1200 || f[0].Unit != "workers" {
		t.Errorf("figures = %+v", f)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing.json")); err == nil || !strings.HasPrefix(err.Error(), "devset: ") {
		t.Errorf("missing file: err = %v, want a devset: error", err)
	}
}

func TestDir(t *testing.T) {
	// From this package directory the module root is two levels up.
	want, err := filepath.Abs(filepath.Join("..", "..", "..", "shared", "devset"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Dir(); got != want {
		t.Errorf("Dir() = %q, want %q", got, want)
	}
}

func TestLoad(t *testing.T) {
	golds := Load(t) // skips when the dev set is absent
	if !Available() {
		t.Error("Load did not skip, yet Available() = false")
	}
	for _, g := range golds {
		if g.ID == "" || g.Text == "" {
			t.Errorf("gold file without id or text: %+v", g.ID)
		}
	}
}
