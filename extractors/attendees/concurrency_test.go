package attendees_test

import (
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
