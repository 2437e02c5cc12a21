// Package lang tells the language of an article body: ar, en, fr or und.
//
// Detect counts letters by script. The body is Arabic ("ar") when Arabic
// letters are at least as many as Latin ones, or at least a quarter as
// many in six or more Arabic words, so an Arabic article keeps its
// language under English menus, bylines and copyright lines; Persian and Urdu, told
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

const (
	// minLetters is the fewest letters Detect judges a language from.
	minLetters = 12
	// minArabicWords is how many Arabic words make a body Arabic when its
	// Arabic letters are only a fifth to a half of the Latin ones.
	minArabicWords = 6
)

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

// isPersian reports letters of the Arabic script that Arabic itself does
// not use but Persian and Urdu do.
func isPersian(r rune) bool {
	switch r {
	case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ے', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ھ':
		return true
	}
	return false
}
