package extractors

import (
	"time"
	"unicode/utf8"
)

// Span locates an extracted item in a Document's text. Start and End count
// Unicode code points, End exclusive; Text is the mention exactly as written.
type Span struct {
	Text       string  `json:"text"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence,omitempty"`
}

// Document is the plain text of one article as every extractor sees it.
// A Document is read-only once built and safe for concurrent use.
type Document struct {
	// Text is the article body; every Span points into it.
	Text string
	// Lang is the ISO 639-1 code of the body: "ar", "en", "fr" or "und".
	Lang string
	// Published is the reference time for relative dates ("yesterday",
	// "اليوم الخميس"). The zero time means unknown.
	Published time.Time

	runeAt []int32 // byte offset -> code-point offset, len(Text)+1 entries
}

// NewDocument builds a Document over text.
func NewDocument(text, lang string, published time.Time) *Document {
	d := &Document{Text: text, Lang: lang, Published: published}
	d.runeAt = make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			d.runeAt[i+k] = n
		}
		i += size
		n++
	}
	d.runeAt[len(text)] = n
	return d
}

// RuneOffset converts a byte offset into Text to a code-point offset. An
// offset inside a multi-byte character maps to that character's index;
// offsets outside the text are clamped.
func (d *Document) RuneOffset(b int) int {
	if b <= 0 {
		return 0
	}
	if b >= len(d.runeAt) {
		b = len(d.runeAt) - 1
	}
	return int(d.runeAt[b])
}

// Span returns the Span of the bytes Text[start:end] with the given
// confidence. Byte offsets are clamped to the text.
func (d *Document) Span(start, end int, confidence float64) Span {
	if start < 0 {
		start = 0
	}
	if end > len(d.Text) {
		end = len(d.Text)
	}
	if end < start {
		end = start
	}
	return Span{
		Text:       d.Text[start:end],
		Start:      d.RuneOffset(start),
		End:        d.RuneOffset(end),
		Confidence: confidence,
	}
}
