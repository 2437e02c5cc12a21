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
	"unicode/utf8"
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

// maxStopRunes is the length in runes of the longest stop word.
var maxStopRunes = func() int {
	n := 0
	for _, m := range []map[string]bool{english, french} {
		for w := range m {
			n = max(n, utf8.RuneCountInString(w))
		}
	}
	return n
}()

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
		c := classOf(r)
		isArabic := c&clsArabic != 0
		switch {
		case isArabic:
			arabic++
			if isPersian(r) {
				persian++
			}
			if !inWord {
				words++
			}
		case c&clsLatin != 0:
			latin++
		}
		inWord = isArabic || (inWord && c&clsMark != 0)
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
	var buf [32]byte // a word in lower case; stop words are short
	start := -1
	for i := 0; i <= len(text); {
		r, size := ' ', 1 // a space closes the last word
		if i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		if r == '\'' || isLetter(r) {
			if start < 0 {
				start = i - size
			}
			continue
		}
		if start < 0 {
			continue
		}
		w := text[start : i-size]
		start = -1
		if j := strings.LastIndexByte(w, '\''); j >= 0 {
			// l'armée, d'un, qu'il: the elided article is French.
			switch string(lower(buf[:0], w[:j])) {
			case "l", "d", "qu", "n", "s", "j":
				fr++
			}
			w = w[j+1:]
		}
		if len(w) > maxStopRunes && utf8.RuneCountInString(w) > maxStopRunes {
			continue // longer than any stop word (case keeps the count of runes)
		}
		lw := lower(buf[:0], w)
		if english[string(lw)] { // no copy: the compiler reads the bytes in place
			en++
		}
		if french[string(lw)] {
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

// lower appends w in lower case to buf.
func lower(buf []byte, w string) []byte {
	for _, r := range w {
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// Rune classes Detect reads, precomputed below U+0700 (ASCII, Latin-1 and
// Extended Latin, the Arabic block).
const (
	clsArabic = 1 << iota // an Arabic letter
	clsLatin              // a Latin-script rune
	clsMark               // a non-spacing mark
)

var classes = func() (t [0x700]uint8) {
	for r := range rune(len(t)) {
		t[r] = slowClass(r)
	}
	return t
}()

func classOf(r rune) uint8 {
	if r < rune(len(classes)) {
		return classes[r]
	}
	return slowClass(r)
}

func slowClass(r rune) uint8 {
	var c uint8
	if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
		c |= clsArabic
	}
	if unicode.Is(unicode.Latin, r) {
		c |= clsLatin
	}
	if unicode.Is(unicode.Mn, r) {
		c |= clsMark
	}
	return c
}

func isLetter(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
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
