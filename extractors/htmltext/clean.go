package htmltext

import (
	"strings"
)

// Clean applies the text hygiene every body gets, HTML or plain text:
//
//   - zero-width and bidi control characters are removed (U+200B–U+200F,
//     U+202A–U+202E, U+2060, U+2066–U+2069, U+FEFF, U+061C, soft hyphen);
//   - NBSP, narrow NBSP and other fixed-width spaces become a plain space,
//     and runs of spaces and tabs one space;
//   - line endings become "\n" (CR LF, CR, U+2028, U+2029), spaces at line
//     ends are trimmed, runs of blank lines collapse to one, and blank lines
//     at both ends go.
//
// Arabic letters, diacritics (harakat) and tatweel are kept as written.
// Clean is idempotent and safe for concurrent use.
func Clean(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	b.Grow(len(s))
	breaks := 0 // line breaks since the last text
	space := false
	inLine := false // the current line has text
	for _, r := range s {
		switch {
		case isInvisible(r):
			continue
		case isLineBreak(r):
			breaks++
			space, inLine = false, false
			continue
		case r == ' ' || r == '\t' || isFixedSpace(r):
			space = inLine
			continue
		}
		switch {
		case b.Len() > 0 && breaks > 1:
			b.WriteString("\n\n")
		case b.Len() > 0 && breaks == 1:
			b.WriteByte('\n')
		case space:
			b.WriteByte(' ')
		}
		breaks, space, inLine = 0, false, true
		b.WriteRune(r)
	}
	return b.String()
}

// isLineBreak reports the characters that end a line.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// isInvisible reports the format characters Clean removes.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0xFEFF, r == 0x061C, r == 0x2060, r == 0x00AD:
		return true
	}
	return false
}

// isFixedSpace reports the no-break and fixed-width spaces folded to ' '.
func isFixedSpace(r rune) bool {
	return r == 0x00A0 || r == 0x202F || r == 0x2007 || (r >= 0x2000 && r <= 0x200A) || r == 0x205F || r == 0x3000
}
