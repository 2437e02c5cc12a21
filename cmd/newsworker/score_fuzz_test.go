package main

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzNormTokens: name normalisation yields word tokens only and is
// idempotent, so matching a normalised name again changes nothing.
func FuzzNormTokens(f *testing.F) {
	for _, s := range []string{"للأمم المتحدة", "Kaïs Saïed", "أيمنَ الصفديّ", "(UN) — Security_Council", "ﷺ ﬁnance", "İstanbul", "والـــرياض"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		toks := normTokens(s)
		for _, tok := range toks {
			if tok == "" || strings.IndexFunc(tok, func(r rune) bool { return !isPyWord(r) }) >= 0 {
				t.Fatalf("normTokens(%q) has token %q", s, tok)
			}
		}
		if again := normTokens(strings.Join(toks, " ")); !reflect.DeepEqual(again, toks) && len(toks) > 0 {
			t.Fatalf("normTokens not idempotent on %q: %q then %q", s, toks, again)
		}
	})
}
