package attendees

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refKey folds a word token's text rune by rune, the slow way the
// tokenizer's tables and fast paths must agree with.
func refKey(word string) string {
	var b strings.Builder
	for _, r := range word {
		switch r {
		case ',', '٫', '،': // a decimal comma inside a number
			b.WriteByte('.')
			continue
		}
		if f := keyRune(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// FuzzTokenize checks the tokenizer against refKey: every word's key is
// the fold of its text, tokens are in order and do not overlap, and
// nothing but spaces, apostrophes and word-internal hyphens is skipped.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"وأكد وزير الخارجية أن «الإنتربول» سيشارك.",
		"بلغت القيمة 26.8 مليون دولار و٦٫٥ في المئة، أي 6،5",
		"Secretary-General al-Sadr l’Économie MINISTÈRE Ålesund",
		"ـــالعربيـــة مُحَمَّد إلى مستشفى",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		toks, _ := tokenizeBuf(text, nil, nil)
		end := int32(0)
		for _, tk := range toks {
			if tk.s < end || tk.e <= tk.s || int(tk.e) > len(text) {
				t.Fatalf("token [%d,%d) after %d in %q", tk.s, tk.e, end, text)
			}
			for _, r := range text[end:tk.s] {
				if r != ' ' && r != '\'' && r != '-' && r != '’' && r != '‘' && r != 'ʼ' && r != '`' && !isSpaceLike(r) {
					t.Fatalf("%q skipped between tokens in %q", r, text)
				}
			}
			end = tk.e
			if !tk.word() {
				continue
			}
			if want := refKey(text[tk.s:tk.e]); tk.key != want {
				t.Fatalf("key of %q = %q, want %q", text[tk.s:tk.e], tk.key, want)
			}
		}
	})
}

// isSpaceLike reports what the tokenizer treats as a separator.
func isSpaceLike(r rune) bool {
	if r < 0x20 || r == 0x7f {
		return true // tabs, line breaks and other control characters
	}
	switch r {
	case 0x2028, 0x2029, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF:
		return true
	}
	return r > 0x7f && unicode.IsSpace(r)
}
