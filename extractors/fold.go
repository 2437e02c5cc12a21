package extractors

import (
	"strings"
	"unicode"
)

// Digit reports the value of a decimal digit in any of the scripts news is
// written in: ASCII, Arabic-Indic (٠–٩) and Extended Arabic-Indic, or
// Persian (۰–۹).
func Digit(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660), true
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0), true
	}
	return 0, false
}

// FoldRune maps a rune to the form used for matching words across
// spellings: lower case, Latin accents dropped, Arabic alef, ya and ta
// marbuta variants unified, digits of every script to ASCII. It returns -1
// for runes that matching ignores: Arabic diacritics, tatweel, and
// zero-width or bidi control characters.
func FoldRune(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if d, ok := Digit(r); ok {
		return rune('0' + d)
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى':
		return 'ي'
	case 'ة':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ئ':
		return 'ي'
	case 'ـ', 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2066, 0x2067, 0x2068, 0x2069,
		0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0xFEFF, 0x061C:
		return -1
	case 'ک':
		return 'ك'
	case 'ی':
		return 'ي'
	case '’', '‘', 'ʼ':
		return '\''
	}
	if (r >= 0x064B && r <= 0x065F) || r == 0x0670 {
		return -1
	}
	if r >= 0xC0 && r <= 0x17F {
		return latinBase(r)
	}
	return unicode.ToLower(r)
}

// Fold applies FoldRune to every rune of s.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f := FoldRune(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// latinBase strips the accent from the Latin-1 and Latin Extended-A letters
// French and transliterated names use, and lower-cases them.
func latinBase(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return 'a'
	case 'ç', 'ć', 'ĉ', 'ċ', 'č':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ĕ', 'ė', 'ę', 'ě':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ĩ', 'ī', 'ĭ', 'į', 'ı':
		return 'i'
	case 'ñ', 'ń', 'ņ', 'ň':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ŏ', 'ő':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ũ', 'ū', 'ŭ', 'ů', 'ű', 'ų':
		return 'u'
	case 'ý', 'ÿ', 'ŷ':
		return 'y'
	case 'ś', 'ŝ', 'ş', 'š':
		return 's'
	case 'ź', 'ż', 'ž':
		return 'z'
	case 'ğ', 'ĝ', 'ġ', 'ģ':
		return 'g'
	case 'ď', 'đ':
		return 'd'
	case 'ł', 'ĺ', 'ļ', 'ľ':
		return 'l'
	case 'ř', 'ŕ', 'ŗ':
		return 'r'
	case 'ţ', 'ť', 'ŧ':
		return 't'
	}
	return r
}
