// Package norm turns place names and article text into the folded token
// sequences the gazetteer is keyed by. The generator and the scanner share
// it so that a name written into the data file and the same name met in a
// text always fold to the same key.
package norm

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsworker/newsworker/extractors"
)

// Token is one word of a text: its byte range in the original text and in
// the folded text, and whether punctuation separates it from the previous
// token (a name never spans such a break).
type Token struct {
	Start, End   int // bytes in the original text
	FStart, FEnd int // bytes in the folded text
	Break        bool
}

// IsWord reports whether r belongs to a word: letters, digits and the
// combining marks (Arabic diacritics) that sit on them.
func IsWord(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	if r == 'ـ' || r >= 0x064B && r <= 0x065F || r == 0x0670 {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner reports whether r separates two tokens without breaking a name:
// spaces, hyphens, apostrophes and the invisible format characters.
func isJoiner(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '-', '\'', '’', '‘', 'ʼ', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202f', '\u2009', '‐', '‑':
		return true
	}
	return false
}

// Tokens splits text into tokens and writes their folded forms, separated
// by single spaces, to buf, which it returns grown. Folding is
// extractors.FoldRune.
func Tokens(text string, toks []Token, buf []byte) ([]Token, []byte) {
	brk := true
	inTok := false
	var cur Token
	begin := func(i int) {
		inTok = true
		if len(buf) > 0 {
			buf = append(buf, ' ')
		}
		cur = Token{Start: i, FStart: len(buf), Break: brk}
		brk = false
	}
	end := func(i int, r rune) {
		if inTok {
			cur.End, cur.FEnd = i, len(buf)
			toks = append(toks, cur)
			inTok = false
		}
		if !isJoiner(r) {
			brk = true
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 { // ASCII
			if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' {
				if !inTok {
					begin(i)
				}
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			} else if c == '.' && inTok && cur.FStart+1 == len(buf) {
				end(i, ' ') // "U.S.", "U.K.": a dot after one letter joins an abbreviation
			} else {
				end(i, rune(c))
			}
			i++
			continue
		}
		if (c == 0xD8 || c == 0xD9) && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			// U+0600–U+067F, decoded inline: Arabic letters are the common case
			r := rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
			if r >= 0x0621 && r <= 0x064A {
				if !inTok {
					begin(i)
				}
				switch r {
				case 'أ', 'إ', 'آ':
					r = 'ا'
				case 'ى':
					r = 'ي'
				case 'ة':
					r = 'ه'
				case 'ؤ':
					r = 'و'
				case 'ئ':
					r = 'ي'
				case 'ـ':
					i += 2
					continue
				}
				buf = append(buf, byte(0xC0|r>>6), byte(0x80|r&0x3F))
				i += 2
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if IsWord(r) {
			if !inTok {
				begin(i)
			}
			if f := extractors.FoldRune(r); f >= 0 {
				buf = utf8.AppendRune(buf, f)
			}
		} else {
			end(i, r)
		}
		i += size
	}
	if inTok {
		cur.End, cur.FEnd = len(text), len(buf)
		toks = append(toks, cur)
	}
	return toks, buf
}

// Key is the lookup key of a name: its folded tokens joined by one space.
// It returns "" for a name without a word.
func Key(name string) string {
	toks, buf := Tokens(name, nil, nil)
	if len(toks) == 0 {
		return ""
	}
	return string(buf)
}

// KeyTokens reports how many tokens a key has.
func KeyTokens(key string) int {
	if key == "" {
		return 0
	}
	return strings.Count(key, " ") + 1
}
