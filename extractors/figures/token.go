package figures

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsworker/newsworker/extractors"
)

// Token kinds.
const (
	tkWord uint8 = iota
	tkDigits
	tkPunct
)

// Gaps: the white space before a token.
const (
	gapNone  uint8 = iota
	gapSpace       // exactly one space-like character
	gapWide        // several spaces or tabs
	gapLine        // a line break
)

// maxDigits caps a digit run: longer runs are never figures, so no input
// can make a value overflow or the parser work on it.
const maxDigits = 24

// token is a word, a run of digits or one punctuation character. Offsets
// s, e are bytes in the text; fs, fe bytes in the folded string.
type token struct {
	s, e   int32
	fs, fe int32
	sent   int32 // sentence index
	kind   uint8
	gap    uint8
	r      rune // the character of a punctuation token
	line   bool // first token of its line
	arabic bool // word in Arabic script
	upper  bool // word starts with an upper-case letter
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0xA0, 0x202F, 0x2009, 0x2007, 0x200A, 0x3000, 0x2002, 0x2003:
		return true
	}
	return false
}

// isInvisible reports bidi controls and zero-width characters outside words.
func isInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069:
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r >= 0x0621 && r <= 0x065F {
		return true // Arabic letters and marks: the common case
	}
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	if r >= 0x0600 && r <= 0x06FF {
		// Arabic block: everything but digits and punctuation.
		switch {
		case r >= 0x0660 && r <= 0x066D, r >= 0x06F0 && r <= 0x06F9:
			return false
		case r == 0x060C, r == 0x060D, r == 0x061B, r == 0x061F, r == 0x06D4, r < 0x0610:
			return false
		}
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == 0x200C || r == 0x200D
}

// foldRune is extractors.FoldRune with a fast path for ASCII and Arabic
// letters, which make up nearly all of the text.
func foldRune(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r >= 0x0621 && r <= 0x064A {
		switch r {
		case 'أ', 'إ', 'آ':
			return 'ا'
		case 'ى':
			return 'ي'
		case 'ة':
			return 'ه'
		case 'ؤ':
			return 'و'
		case 'ئ':
			return 'ي'
		case 'ـ':
			return -1
		}
		return r
	}
	if r >= 0x064B && r <= 0x065F || r == 0x0670 {
		return -1
	}
	return extractors.FoldRune(r)
}

// tokenize splits text into tokens and builds the folded text they point
// into. buf is reused scratch space.
func tokenize(text string, toks []token, buf []byte) ([]token, []byte, string) {
	toks = toks[:0]
	buf = buf[:0]
	gap := gapNone
	sent := int32(0)
	boundary, dot, abbrev := false, false, false
	lineStart := true
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if isInvisible(r) {
			i += size // bidi marks and zero-width characters join what they sit between
			continue
		}
		if isSpace(r) {
			if r == '\n' || r == '\r' {
				gap = gapLine
				lineStart = true
				boundary = true
			} else if gap == gapNone {
				gap = gapSpace
			} else if gap == gapSpace {
				gap = gapWide
			}
			i += size
			continue
		}
		if boundary {
			// A full stop inside a word or number (1.5, U.S., ر.س) or
			// after a short capitalised abbreviation before a number
			// (Nov. 20) does not end a sentence.
			if !(dot && (gap == gapNone || abbrev && isDigit(r))) {
				sent++
			}
			boundary, dot, abbrev = false, false, false
		}
		t := token{s: int32(i), sent: sent, gap: gap, line: lineStart}
		gap = gapNone
		lineStart = false
		t.fs = int32(len(buf))
		switch {
		case isDigit(r):
			t.kind = tkDigits
			for i < len(text) {
				r, size = decode(text, i)
				var d rune
				switch {
				case r >= '0' && r <= '9':
					d = r - '0'
				case r >= 0x0660 && r <= 0x0669:
					d = r - 0x0660
				case r >= 0x06F0 && r <= 0x06F9:
					d = r - 0x06F0
				default:
					d = -1
				}
				if d < 0 {
					break
				}
				buf = append(buf, byte('0'+d))
				i += size
			}
		case isWordRune(r):
			t.kind = tkWord
			t.arabic = r >= 0x0600 && r <= 0x06FF
			t.upper = r < 0x250 && unicode.IsUpper(r)
			for i < len(text) {
				// Fast path: Arabic letters, tatweel and marks (U+0621 to
				// U+065F), folded byte by byte as foldRune would.
				if b := text[i]; (b == 0xD8 || b == 0xD9) && i+1 < len(text) {
					c := text[i+1]
					if b == 0xD8 && c >= 0xA1 && c <= 0xBF {
						switch c {
						case 0xA2, 0xA3, 0xA5: // آ أ إ
							buf = append(buf, 0xD8, 0xA7)
						case 0xA9: // ة
							buf = append(buf, 0xD9, 0x87)
						case 0xA4: // ؤ
							buf = append(buf, 0xD9, 0x88)
						case 0xA6: // ئ
							buf = append(buf, 0xD9, 0x8A)
						default:
							buf = append(buf, b, c)
						}
						i += 2
						continue
					}
					if b == 0xD9 && c >= 0x80 && c <= 0x9F {
						switch {
						case c == 0x80 || c >= 0x8B: // tatweel, diacritics
						case c == 0x89: // ى
							buf = append(buf, 0xD9, 0x8A)
						default:
							buf = append(buf, b, c)
						}
						i += 2
						continue
					}
				}
				r, size = decode(text, i)
				if !isWordRune(r) {
					break
				}
				switch f := foldRune(r); {
				case f < 0:
				case f < 0x80:
					buf = append(buf, byte(f))
				case f < 0x800:
					buf = append(buf, byte(0xC0|f>>6), byte(0x80|f&0x3F))
				default:
					buf = utf8.AppendRune(buf, f)
				}
				i += size
			}
		default:
			t.kind = tkPunct
			t.r = r
			if f := extractors.FoldRune(r); f >= 0 {
				buf = utf8.AppendRune(buf, f)
			}
			i += size
			switch r {
			case '.':
				boundary, dot = true, true
				if n := len(toks); n > 0 {
					p := toks[n-1]
					abbrev = p.kind == tkWord && p.upper && p.e-p.s <= 4 && p.e == int32(t.s)
				}
			case '!', '?', '؟', ';', '؛':
				boundary = true
			}
		}
		t.e = int32(i)
		t.fe = int32(len(buf))
		toks = append(toks, t)
	}
	return toks, buf, string(buf)
}

func isDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= 0x0660 && r <= 0x0669 || r >= 0x06F0 && r <= 0x06F9
}

// decode is utf8.DecodeRuneInString at i with a fast path for the one- and
// two-byte characters of Latin and Arabic text.
func decode(text string, i int) (rune, int) {
	b := text[i]
	if b < 0x80 {
		return rune(b), 1
	}
	if b >= 0xC2 && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(text[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(text[i:])
}
