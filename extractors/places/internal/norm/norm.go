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
	for i, r := range text {
		if IsWord(r) {
			if !inTok {
				inTok = true
				if len(buf) > 0 {
					buf = append(buf, ' ')
				}
				cur = Token{Start: i, FStart: len(buf), Break: brk}
				brk = false
			}
			if f := extractors.FoldRune(r); f >= 0 {
				buf = utf8.AppendRune(buf, f)
			}
			continue
		}
		if inTok {
			cur.End, cur.FEnd = i, len(buf)
			toks = append(toks, cur)
			inTok = false
		}
		if !isJoiner(r) {
			brk = true
		}
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
