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

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || r == 0x200C || r == 0x200D
}

// tokenize splits text into tokens and builds the folded text they point
// into. buf is reused scratch space.
func tokenize(text string, toks []token, buf []byte) ([]token, string) {
	toks = toks[:0]
	buf = buf[:0]
	gap := gapNone
	sent := int32(0)
	boundary, dot, abbrev := false, false, false
	lineStart := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
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
			// A full stop between digits (1.5) or after a short
			// capitalised abbreviation before a number (Nov. 20) does
			// not end a sentence.
			if !(dot && isDigit(r) && (gap == gapNone || abbrev)) {
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
				r, size = utf8.DecodeRuneInString(text[i:])
				d, ok := extractors.Digit(r)
				if !ok {
					break
				}
				buf = append(buf, byte('0'+d))
				i += size
			}
		case isWordRune(r):
			t.kind = tkWord
			t.arabic = r >= 0x0600 && r <= 0x06FF
			t.upper = unicode.IsUpper(r)
			for i < len(text) {
				r, size = utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r) || isDigit(r) {
					break
				}
				if f := extractors.FoldRune(r); f >= 0 {
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
	return toks, string(buf)
}

func isDigit(r rune) bool {
	_, ok := extractors.Digit(r)
	return ok
}
