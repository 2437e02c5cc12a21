package lang

import (
	"strings"
	"testing"
	"unicode"
)

// refDetect is Detect as first written, with the Unicode tables and a
// lower-cased copy of the text: the fast version must agree with it.
func refDetect(text string) string {
	arabic, persian, latin, words := 0, 0, 0, 0
	inWord := false
	for _, r := range text {
		isArabic := unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
		switch {
		case isArabic:
			arabic++
			if isPersian(r) {
				persian++
			}
			if !inWord {
				words++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		}
		inWord = isArabic || (inWord && unicode.Is(unicode.Mn, r))
	}
	switch {
	case arabic+latin < minLetters:
		return "und"
	case arabic >= latin, arabic*4 >= latin && words >= minArabicWords:
		if persian*50 > arabic {
			return "und"
		}
		return "ar"
	}
	en, fr := 0, 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		if i := strings.LastIndexByte(w, '\''); i >= 0 {
			// l'armée, d'un, qu'il: the elided article is French.
			if p := w[:i]; p == "l" || p == "d" || p == "qu" || p == "n" || p == "s" || p == "j" {
				fr++
			}
			w = w[i+1:]
		}
		if english[w] {
			en++
		}
		if french[w] {
			fr++
		}
	}
	switch {
	case en+fr < 2:
		return "und"
	case en > fr:
		return "en"
	case fr > en:
		return "fr"
	}
	return "und"
}

func TestDetectMatchesReference(t *testing.T) {
	for _, s := range []string{
		"Le ministre a annoncé jeudi que les négociations reprendront.",
		"THE MINISTRY SAID THAT THE TALKS WOULD RESUME",
		"L'ARMÉE ET L'ÉTAT ONT SIGNÉ APRÈS LES NÉGOCIATIONS",
		"أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد in Riyadh",
		"Kelvin \u212a and the İstanbul office of the bank said",
		"", "12:30", "qu'il d'un n'est s'il j'ai",
	} {
		if got, want := Detect(s), refDetect(s); got != want {
			t.Errorf("Detect(%q) = %q, reference %q", s, got, want)
		}
	}
}

func FuzzDetectReference(f *testing.F) {
	f.Add("Le ministre a dit qu'il viendra")
	f.Add("THE talks WERE said TO resume")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Detect(s), refDetect(s); got != want {
			t.Fatalf("Detect(%q) = %q, reference %q", s, got, want)
		}
	})
}
