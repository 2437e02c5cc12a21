package attendees_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestConcurrentExtract runs one Extractor from several goroutines; run
// with -race to check that pooled contexts and the lexicon are shared safely.
func TestConcurrentExtract(t *testing.T) {
	texts := []struct{ text, lang string }{
		{"استقبل وزير الخارجية ناصر الحسني، اليوم بالرباط، نظيره الموريتاني محمد سالم ولد مرزوك.", "ar"},
		{"Finance Minister Ahmed Kouchouk and the African Development Bank (AfDB) signed the loan.", "en"},
		{"Le ministre de l’Intérieur, Brahim Merad, a reçu le wali de Béchar.", "fr"},
	}
	want := make([][]string, len(texts))
	for i, tt := range texts {
		want[i] = people(extract(tt.text, tt.lang))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for n := 0; n < 20; n++ {
				i := (g + n) % len(texts)
				got := people(extract(texts[i].text, texts[i].lang))
				if len(got) != len(want[i]) {
					t.Errorf("goroutine %d: people(%q) = %q, want %q", g, texts[i].text, got, want[i])
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

// TestPooledContexts extracts the golden articles twice, the second time
// in reverse order: a pooled context must carry nothing of the article it
// served before into the next.
func TestPooledContexts(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(files) < 2 {
		t.Fatalf("testdata/articles: %v (%d files)", err, len(files))
	}
	run := func(f string) string {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := strings.SplitN(filepath.Base(f), "-", 2)[0]
		out, err := json.Marshal(extract(string(b), lang))
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	first := map[string]string{}
	for _, f := range files {
		first[f] = run(f)
	}
	for k := len(files) - 1; k >= 0; k-- {
		if got := run(files[k]); got != first[files[k]] {
			t.Errorf("%s after another article:\n%s\nwant\n%s", files[k], got, first[files[k]])
		}
	}
}
