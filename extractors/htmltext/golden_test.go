package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsworker/newsworker/extractors/lang"
	"github.com/newsworker/newsworker/internal/golden"
)

// goldenRecord is what a golden file holds for one page.
type goldenRecord struct {
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Charset   string   `json:"charset"`
	Lang      string   `json:"lang"`
	Text      []string `json:"text"` // paragraphs
}

// TestGolden extracts the pages under testdata/golden (written for these
// tests) and compares them with their .golden files; -update rewrites them.
func TestGolden(t *testing.T) {
	tests := []struct {
		file, ctype, url string
	}{
		{"ar_windows1256.html", "text/html", "https://alwadi.example/news/2026/06/08/bridge"},
		{"ar_utf8_cms.html", "text/html", "https://alnahar.example/economy/148822"},
		{"en_jsonld.html", "text/html; charset=utf-8", "https://ledger.example/world/port-sudan-cranes"},
		{"fr_divsoup.html", "", "https://journaldusud.example/maghreb/medina-souks.html"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "golden", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Extract(body, tt.ctype, tt.url)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			golden.CheckJSON(t, filepath.Join("testdata", "golden", strings.TrimSuffix(tt.file, ".html")+".golden"), goldenRecord{
				Title: a.Title, Published: a.Published, Charset: a.Charset,
				Lang: lang.Detect(a.Text), Text: strings.Split(a.Text, "\n"),
			})
		})
	}
}

// TestExtractConcurrent extracts the golden pages from several goroutines
// at once (run with -race): Extract shares no mutable state.
func TestExtractConcurrent(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "golden", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no golden pages: %v", err)
	}
	want := map[string]string{}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Extract(b, "", "")
		if err != nil {
			t.Fatal(err)
		}
		want[p] = a.Text
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, p := range pages {
				b, _ := os.ReadFile(p)
				if a, err := Extract(b, "", ""); err != nil || a.Text != want[p] {
					t.Errorf("%s: concurrent Extract differs (err %v)", p, err)
				}
			}
		})
	}
	wg.Wait()
}
