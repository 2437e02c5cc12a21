package pipeline

import (
	"strings"
	"unicode/utf8"
)

// MaxExtractBytes bounds the text the extractors read. Some of them cost
// more than linear time on long runs of text; no news article comes near
// this size (about 40,000 words), while a hostile or broken message may
// carry megabytes. A longer text is kept whole in the record; the
// extractors read its first MaxExtractBytes (cut at a space), so every
// span still points into the record's text, and the record carries a
// warning.
const MaxExtractBytes = 256 << 10

// extractable returns the prefix of text the extractors read and whether
// it is shorter than text: all of text up to MaxExtractBytes, else the
// text before the last space (or, without one, the last whole character)
// within the limit.
func extractable(text string) (string, bool) {
	if len(text) <= MaxExtractBytes {
		return text, false
	}
	cut := MaxExtractBytes
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	if sp := strings.LastIndexAny(text[:cut], " \n\t"); sp > MaxExtractBytes/2 {
		cut = sp
	}
	return text[:cut], true
}
