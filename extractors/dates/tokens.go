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
	return e.class&(cWday|cRel|cQual|cReport|cAnnounce|cCasualty|cFuture|cRise|cToll|cPlan|cMuwafiq|cTens) != 0
}

// tokenize splits text into tokens, appending to toks.
func tokenize(text string, toks []token) []token {
	var flags uint8
	var buf [maxWord]byte
	for i := 0; i < len(text); {
		r, size := decode(text, i)
		if d, ok := extractors.Digit(r); ok {
			t := token{s: int32(i), kind: tNum, flags: flags}
			v, nd := d, 1
			i += size
			for i < len(text) {
				r2, sz := decode(text, i)
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
			if r < utf8.RuneSelf && r >= 'A' && r <= 'Z' || r >= 0x80 && r < 0x600 && unicode.IsUpper(r) {
				t.flags |= fUpper
			}
			n := 0
			long := false
			for i < len(text) {
				var f rune
				if c := text[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
					// Arabic block, the bulk of the text: one table read.
					a := &arabic[int(c&0x03)<<6|int(text[i+1]&0x3F)]
					i += 2
					if !a.letter {
						if a.fold < 0 {
							continue // ignorable inside a word
						}
						i -= 2
						break
					}
					if f = a.fold; f < 0 {
						continue
					}
				} else if c < utf8.RuneSelf {
					if c|0x20 < 'a' || c|0x20 > 'z' {
						break
					}
					f = rune(c | 0x20)
					i++
				} else {
					r2, sz := decode(text, i)
					if !isLetter(r2) {
						if fold(r2) < 0 && !unicode.IsSpace(r2) {
							i += sz // ignorable inside a word (bidi or zero-width mark)
							continue
						}
						break
					}
					i += sz
					if f = fold(r2); f < 0 {
						continue
					}
				}
				if n+utf8.UTFMax > maxWord {
					long = true
					continue
				}
				switch {
				case f < utf8.RuneSelf:
					buf[n] = byte(f)
					n++
				case f < 0x800:
					buf[n], buf[n+1] = byte(0xC0|f>>6), byte(0x80|f&0x3F)
					n += 2
				default:
					n += utf8.EncodeRune(buf[n:], f)
				}
			}
			t.e = int32(i)
			if !long && n > 0 {
				w := buf[:n]
				if e, ok := lex.lookup(w); ok {
					t.ent = e
				} else if len(w) > 6 && string(w[:4]) == "لل" {
					// "للخامس": ل before the article drops its alef.
					w[0], w[1] = "ا"[0], "ا"[1]
					if e, ok := lex.lookup(w); ok && e.class&(cDayOrd|cOrd|cTens|cMonth|cWday|cYWord) != 0 {
						t.ent, t.flags = e, t.flags|fStripped
					}
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
		case fold(r) < 0:
			// bidi and zero-width marks between tokens
		default:
			toks = append(toks, token{s: int32(i - size), e: int32(i), kind: tPunct, r: r, flags: flags})
			flags = 0
		}
	}
	return toks
}

// decode is utf8.DecodeRuneInString at i with the one- and two-byte runes
// (ASCII, Latin, Arabic) decoded inline.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) {
		if b := s[i+1]; b&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(b&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	if r >= 0x600 && r < 0x700 {
		return arabic[r-0x600].letter
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// fold is extractors.FoldRune with the ASCII and Arabic blocks read from
// tables: they are nearly every rune of the texts.
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r >= 0x600 && r < 0x700 {
		return arabic[r-0x600].fold
	}
	return extractors.FoldRune(r)
}

// arabic caches, for U+0600–U+06FF, whether the rune belongs to a word and
// its folded form.
var arabic = func() (t [0x100]struct {
	fold   rune
	letter bool
}) {
	for i := range t {
		r := rune(0x600 + i)
		t[i].fold = extractors.FoldRune(r)
		t[i].letter = unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
	}
	return t
}()
