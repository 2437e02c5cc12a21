// Package lang tells the language of an article body: ar, en, fr or und.
//
// Detect counts letters by script. When Arabic letters are at least as many
// as Latin ones the body is Arabic ("ar"), so an Arabic article keeps its
// language under English menus and copyright lines; Persian and Urdu, told
// apart by the letters Arabic lacks (پ چ ژ گ ک ی ے), are "und". A Latin
// body is English or French by counting each language's most frequent
// function words ("the", "of", "and" / "le", "les", "des", "est"), so a
// French article quoting "محمد بن سلمان" or naming "Mohammed ben Salmane"
// stays "fr". Anything else, or too little text to judge, is "und".
//
// Examples:
//
//	Detect("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد") // "ar"
//	Detect("The ministry said on Thursday that the talks would resume") // "en"
//	Detect("Le ministre a annoncé jeudi que les négociations reprendront") // "fr"
package lang

import (
	"strings"
	"unicode"
)

// minLetters is the fewest letters Detect judges a language from.
const minLetters = 12

// stop words: frequent, short, and (mostly) not shared between the two
// languages; shared forms such as "a", "on", "en" are left out.
var (
	english = words("the of and to in is was for that with as by at from it be has have are were said this which will would their an but not who its been")
	french  = words("le la les des du de et est une un dans pour que qui sur au aux avec par pas ce cette il elle sont ont été plus ses son leur mais selon après entre sans où")
)

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Detect returns "ar", "en", "fr" or "und" for text. It is pure and safe
// for concurrent use.
func Detect(text string) string {
	arabic, persian, latin := 0, 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			arabic++
			if isPersian(r) {
				persian++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	switch {
	case arabic+latin < minLetters:
		return "und"
	case arabic >= latin:
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

// isPersian reports letters of the Arabic script that Arabic itself does
// not use but Persian and Urdu do.
func isPersian(r rune) bool {
	switch r {
	case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ے', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ھ':
		return true
	}
	return false
}
