package dates

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsworker/newsworker/extractors"
)

// Token kinds.
const (
	tWord uint8 = iota + 1
	tNum
	tPunct
)

// Token flags.
const (
	fSpace    uint8 = 1 << iota // white space before the token
	fLine                       // a line break before the token
	fUpper                      // the word starts with a capital
	fStripped                   // the entry was found after a proclitic (و، ف، ب، ل، ك)
)

// token is one word, number or punctuation mark of the text, with byte
// offsets. Words carry their lexicon entry (class 0 when unknown); numbers
// their value and digit count, whatever the script of the digits.
type token struct {
	s, e  int32
	num   int32
	r     rune
	ent   entry
	kind  uint8
	flags uint8
	nd    uint8
}

const maxWord = 64

// proclitic reports whether the folded Arabic letter starting b is one that
// attaches to the next word.
func proclitic(b []byte) bool {
	if len(b) < 2 || b[0] != 0xD9 && b[0] != 0xD8 {
		return false
	}
	switch string(b[:2]) {
	case "و", "ف", "ب", "ل", "ك":
		return true
	}
	return false
}

// stripOK reports whether an entry may be found after the proclitic p.
func stripOK(p []byte, e entry) bool {
	const months = cMonth | cHMonth | cHPre | cDhu | cLev
	if e.class&months != 0 {
		return true
	}
	if string(p) != "و" && string(p) != "ف" {
		return false
	}
	return e.class&(cWday|cRel|cQual|cReport|cFuture|cRise|cToll|cPlan|cMuwafiq) != 0
}

// tokenize splits text into tokens, appending to toks.
func tokenize(text string, toks []token) []token {
	var flags uint8
	var buf [maxWord]byte
	for i := 0; i < len(text); {
		c := text[i]
		var r rune = rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if d, ok := extractors.Digit(r); ok {
			t := token{s: int32(i), kind: tNum, flags: flags}
			v, nd := d, 1
			i += size
			for i < len(text) {
				r2, sz := rune(text[i]), 1
				if text[i] >= utf8.RuneSelf {
					r2, sz = utf8.DecodeRuneInString(text[i:])
				}
				d2, ok := extractors.Digit(r2)
				if !ok {
					break
				}
				if v < 100000000 {
					v = v*10 + d2
				}
				nd++
				i += sz
			}
			t.e, t.num, t.nd = int32(i), int32(v), uint8(min(nd, 255))
			toks = append(toks, t)
			flags = 0
			continue
		}
		if isLetter(r) {
			t := token{s: int32(i), kind: tWord, flags: flags}
			if unicode.IsUpper(r) {
				t.flags |= fUpper
			}
			n := 0
			long := false
			for i < len(text) {
				r2, sz := rune(text[i]), 1
				if text[i] >= utf8.RuneSelf {
					r2, sz = utf8.DecodeRuneInString(text[i:])
				}
				if !isLetter(r2) {
					if f := extractors.FoldRune(r2); f < 0 && r2 >= utf8.RuneSelf && !unicode.IsSpace(r2) {
						i += sz // ignorable inside a word (bidi or zero-width mark)
						continue
					}
					break
				}
				i += sz
				f := extractors.FoldRune(r2)
				if f < 0 {
					continue
				}
				if n+utf8.UTFMax > maxWord {
					long = true
					continue
				}
				n += utf8.EncodeRune(buf[n:], f)
			}
			t.e = int32(i)
			if !long && n > 0 {
				w := buf[:n]
				if e, ok := lex.lookup(w); ok {
					t.ent = e
				} else if proclitic(w) {
					if e, ok := lex.lookup(w[2:]); ok && stripOK(w[:2], e) {
						t.ent, t.flags = e, t.flags|fStripped
					} else if proclitic(w[2:]) {
						if e, ok := lex.lookup(w[4:]); ok && stripOK(w[2:4], e) {
							t.ent, t.flags = e, t.flags|fStripped
						}
					}
				}
			}
			toks = append(toks, t)
			flags = 0
			continue
		}
		i += size
		switch {
		case r == '\n' || r == '\u2028' || r == '\u2029':
			flags |= fSpace | fLine
		case unicode.IsSpace(r):
			flags |= fSpace
		case extractors.FoldRune(r) < 0:
			// bidi and zero-width marks between tokens
		default:
			toks = append(toks, token{s: int32(i - size), e: int32(i), kind: tPunct, r: r, flags: flags})
			flags = 0
		}
	}
	return toks
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}
