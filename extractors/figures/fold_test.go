package figures

import (
	"testing"

	"github.com/newsworker/newsworker/extractors"
)

// TestFoldAgrees checks that the tokenizer's fast folding of Arabic and
// ASCII text gives what extractors.Fold gives, which the lexicon uses.
func TestFoldAgrees(t *testing.T) {
	var words []string
	for r := rune(0x0621); r <= 0x06FF; r++ {
		if isWordRune(r) {
			words = append(words, "ب"+string(r)+"ـل"+string(r))
		}
	}
	words = append(words, "أيمنَ الصفديّ", "مدرسةٌ", "إحدى", "مئتان", "Élysée", "ABC", "لــلمليون")
	for _, w := range words {
		toks, _, f := tokenize(w, nil, nil)
		got := ""
		for i, tk := range toks {
			if i > 0 {
				got += " "
			}
			got += f[tk.fs:tk.fe]
		}
		if want := extractors.Fold(w); got != want {
			t.Errorf("fold(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestBloomKeepsEveryKey checks that the Bloom filter never turns away a
// word the lexicon holds.
func TestBloomKeepsEveryKey(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for w := range lx.arabic {
		if !lx.mayBeArabic(w) {
			t.Fatalf("Bloom filter rejects %q", w)
		}
	}
}
