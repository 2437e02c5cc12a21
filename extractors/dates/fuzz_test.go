package dates

import (
	"testing"
	"time"

	"github.com/newsworker/newsworker/extractors"
)

// FuzzExtract feeds arbitrary text to Extract: it must not panic, and every
// result must keep the span and format invariants.
func FuzzExtract(f *testing.F) {
	for _, tc := range tableCases {
		f.Add(tc.text, uint8(len(tc.name)), int64(19516))
	}
	f.Add("٠١/٠٢/٢٠٢٣ 30 ذو الحجة 1600 هـ الموافق 31 ديسمبر 2999م", uint8(0), int64(-1))
	f.Add("من 31 إلى 31 فبراير، 29 فبراير 2023، الأحد المقبل la veille", uint8(2), int64(0))
	langs := [...]string{"ar", "en", "fr", "und"}
	ex := New()
	f.Fuzz(func(t *testing.T, text string, lang uint8, day int64) {
		var pub time.Time
		if day != 0 {
			pub = time.Unix(day%4000000*86400, 0).UTC()
		}
		doc := extractors.NewDocument(text, langs[int(lang)%len(langs)], pub)
		checkSpans(t, doc, ex.Extract(doc))
	})
}
