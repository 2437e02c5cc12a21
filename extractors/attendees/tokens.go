package attendees

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsworker/newsworker/extractors"
)

// tok is one word or punctuation mark of the text. Words carry their folded
// key (see keyRune); apostrophes and word-internal hyphens separate words
// without a token of their own, so "l’Économie" is "l" + "Économie" and
// "al-Sadr" is "al" + "Sadr" on both the text and the lexicon side.
type tok struct {
	s, e  int32  // byte offsets in the text
	key   string // folded form of the word; "" for punctuation
	p     rune   // the punctuation mark; 0 for words
	ar    bool   // Arabic script
	cap   bool   // Latin word starting with an upper-case letter
	upper bool   // Latin word of two or more letters, all upper case
	acr   bool   // Latin word of two or more capitals, not all lower: "AfDB", "UN"
	num   bool   // starts with a digit
	nl    bool   // a line break comes before this token
	id    int32  // vocabulary id of the key, 0 when none (see lookupWord)
	// sid holds the vocabulary ids of an Arabic word's stems (see stems), in
	// order; while tokenizing, the key's bounds in the folding buffer.
	sid  [2]int32
	self uint64 // word classes of the word itself (see classes)
	cls  uint64 // word classes of the word or one of its stems
}

func (t *tok) word() bool { return t.p == 0 }

// isBreak reports punctuation that ends a clause: a name or a role phrase
// never runs across it.
func (t *tok) isBreak() bool {
	switch t.p {
	case 0:
		return false
	case '(', ')', '«', '»', '“', '”', '"', '„', '‹', '›':
		return false
	}
	return true
}

func (t *tok) isComma() bool { return t.p == ',' || t.p == '،' }

// isQuote reports an opening or closing quotation mark or bracket.
func (t *tok) isQuote() bool {
	switch t.p {
	case '«', '»', '“', '”', '"', '„', '‹', '›', '(', ')':
		return true
	}
	return false
}

// keyRune folds r for matching. It follows extractors.FoldRune and also
// treats the hamza seats ؤ and ئ alike ("الشئون" = "الشؤون").
func keyRune(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if r == '\'' || r == '`' {
			return -1
		}
		return r
	}
	if r >= 0x0621 && r <= 0x064A {
		switch r {
		case 'ؤ', 'ئ', 'ء':
			return 'ء'
		case 'أ', 'إ', 'آ':
			return 'ا'
		case 'ى':
			return 'ي'
		case 'ة':
			return 'ه'
		case 'ـ':
			return -1
		}
		return r
	}
	switch r {
	case '’', '‘', 'ʼ':
		return -1
	}
	return extractors.FoldRune(r)
}

// isWordRune reports a letter, digit or combining mark; ASCII and the
// Arabic block are decided without Unicode tables.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return isWordRuneMulti(r)
}

// isWordRuneMulti is isWordRune beyond ASCII, with the blocks news text
// uses most decided without Unicode tables.
func isWordRuneMulti(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x06FF:
		return arKeys[r-0x0600].n >= 0
	case r < 0xC0: // Latin-1 signs and punctuation: «», NBSP, °
		return r == 0xAA || r == 0xB5 || r == 0xBA
	case r < 0x250: // Latin letters with accents
		return r != 0xD7 && r != 0xF7
	case r >= 0x2000 && r <= 0x206F: // general punctuation: – — ’ “ ” …
		return false
	}
	return isWordRuneSlow(r)
}

// isWordRuneSlow is isWordRune by the Unicode tables; arKeys is built from
// it.
func isWordRuneSlow(r rune) bool {
	if r >= 0x0600 && r <= 0x06FF {
		switch {
		case r <= 0x060F, r == 0x061B, r == 0x061C, r == 0x061E, r == 0x061F,
			r >= 0x066A && r <= 0x066D, r == 0x06D4, r == 0x06DD, r == 0x06DE, r == 0x06E9:
			return false
		}
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// arKey is the folded UTF-8 of one rune of the Arabic block U+0600–U+06FF
// (see keyRune); n is its length, 0 for a rune folding to nothing and -1
// for punctuation, which is no word rune.
type arKey struct {
	n    int8
	b    [3]byte
	same bool // folds to itself
}

// arKeys lets the tokenizer read Arabic letters with one lookup.
var arKeys = func() (t [256]arKey) {
	for i := range t {
		r := rune(0x0600 + i)
		switch f := keyRune(r); {
		case !isWordRuneSlow(r):
			t[i].n = -1
		case f >= 0:
			t[i].n = int8(utf8.EncodeRune(t[i].b[:], f))
			t[i].same = f == r
		}
	}
	return t
}()

// arSame reports, for two bytes read as a 16-bit number, the UTF-8 of a
// letter of the Arabic block that folds to itself.
var arSame = func() *[1 << 16]bool {
	var t [1 << 16]bool
	for i, k := range arKeys {
		if k.same {
			var b [2]byte
			utf8.EncodeRune(b[:], rune(0x0600+i))
			t[uint16(b[0])<<8|uint16(b[1])] = true
		}
	}
	return &t
}()

func isArabic(r rune) bool { return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F }

// tokenize splits text into tokens. All keys are slices of one folded
// string, so tokenizing costs two allocations whatever the length.
func tokenize(text string, toks []tok) []tok {
	toks, _ = tokenizeBuf(text, toks, nil)
	return toks
}

// tokenizeBuf is tokenize folding into fb, which it returns for reuse.
func tokenizeBuf(text string, toks []tok, fb []byte) ([]tok, []byte) {
	if cap(fb) < len(text) {
		fb = make([]byte, 0, len(text)+len(text)/4)
	}
	fb = fb[:0]
	toks = toks[:0]
	nl := false
	for i := 0; i < len(text); {
		if text[i] == ' ' {
			i++ // a third of the bytes of a text
			continue
		}
		r, size := rune(text[i]), 1 // decode, by hand: the call is not inlined
		if r >= 0x80 {
			r, size = decodeMulti(text, i)
		}
		switch {
		case r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029:
			nl = true
			i += size
		case isWordRune(r):
			// the token is built in place: a tok is too large to copy
			if len(toks) == cap(toks) {
				toks = append(toks, tok{})[:len(toks)]
			}
			toks = toks[:len(toks)+1]
			t := &toks[len(toks)-1]
			*t = tok{s: int32(i), nl: nl, sid: [2]int32{int32(len(fb))}}
			nl = false
			t.ar = isArabic(r)
			if !t.ar {
				t.cap = unicode.IsUpper(r)
			}
			_, t.num = extractors.Digit(r)
			letters, uppers := 0, 0
			j := i
			// A word's key is the text itself until a rune folds to
			// something else; from there on (folding) the key is built in
			// fb, starting with a copy of the word so far.
			folding := false
			// Arabic letters that fold to themselves: most of an Arabic
			// word, read two bytes at a time
			for t.ar && j+1 < len(text) && arSame[uint16(text[j])<<8|uint16(text[j+1])] {
				j += 2
			}
			// Arabic letters that fold to two bytes; the loop below takes
			// the rest
			for t.ar && j+1 < len(text) {
				b, b1 := text[j], text[j+1]
				if b < 0xD8 || b > 0xDB || b1&0xC0 != 0x80 {
					break
				}
				k := &arKeys[int(b-0xD8)<<6|int(b1&0x3F)]
				if k.n != 2 {
					break
				}
				if !folding && !k.same {
					fb, folding = append(fb, text[i:j]...), true
				}
				if folding {
					fb = append(fb, k.b[0], k.b[1])
				}
				j += 2
			}
			for j < len(text) {
				// the Arabic block U+0600–U+06FF (bytes D8–DB, then one
				// continuation byte), by table: most of an Arabic text
				if b := text[j]; b >= 0xD8 && b <= 0xDB && j+1 < len(text) && text[j+1]&0xC0 == 0x80 {
					if k := &arKeys[int(b-0xD8)<<6|int(text[j+1]&0x3F)]; k.n >= 0 {
						if !folding && !k.same {
							fb, folding = append(fb, text[i:j]...), true
						}
						switch {
						case !folding:
						case k.n == 2:
							fb = append(fb, k.b[0], k.b[1])
						case k.n == 1:
							fb = append(fb, k.b[0])
						case k.n == 3:
							fb = append(fb, k.b[0], k.b[1], k.b[2])
						}
						j += 2
						continue
					}
				}
				c, sz := rune(text[j]), 1
				if c >= 0x80 {
					c, sz = decodeMulti(text, j)
				}
				if !isWordRune(c) {
					// a decimal point or comma between digits stays inside
					// a number ("26.8", "6،5"); an apostrophe, hyphen or dot
					// ends a word
					if (c == '.' || c == ',' || c == '٫' || c == '،') && t.num && j+sz < len(text) {
						if d, _ := decode(text, j+sz); d >= '0' && d <= '9' || d >= 0x0660 && d <= 0x0669 {
							if !folding && c != '.' {
								fb, folding = append(fb, text[i:j]...), true
							}
							if folding {
								fb = append(fb, '.')
							}
							j += sz
							continue
						}
					}
					break
				}
				switch {
				case c >= 0x0600 && c <= 0x06FF:
				case c < 0x80:
					if c >= 'A' && c <= 'Z' {
						letters++
						uppers++
					} else if c >= 'a' && c <= 'z' {
						letters++
					}
				case unicode.IsLetter(c):
					letters++
					if unicode.IsUpper(c) {
						uppers++
					}
				}
				f := keyRune(c)
				if !folding && f != c {
					fb, folding = append(fb, text[i:j]...), true
				}
				switch {
				case !folding:
				case f == c:
					switch sz {
					case 1:
						fb = append(fb, text[j])
					case 2:
						fb = append(fb, text[j], text[j+1])
					default:
						fb = append(fb, text[j:j+sz]...)
					}
				case f >= 0:
					fb = utf8.AppendRune(fb, f)
				}
				j += sz
			}
			t.e = int32(j)
			if !folding {
				t.key = text[i:j] // the word as written is its key
			}
			t.sid[1] = int32(len(fb))
			t.upper = letters >= 2 && uppers == letters
			t.acr = t.cap && uppers >= 2
			i = j
			// word-internal hyphen: "al-Sadr", "Secretary-General"
			if i+1 < len(text) && text[i] == '-' {
				if c, _ := decode(text, i+1); isWordRune(c) {
					i++
				}
			}
		case r < 0x20 || r == 0x7f || r > 0x7f && unicode.IsSpace(r) || r == 0x200B || r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F || r == 0xFEFF:
			i += size
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`':
			i += size
		default:
			toks = append(toks, tok{s: int32(i), e: int32(i + size), p: r, nl: nl})
			nl = false
			i += size
		}
	}
	folded := string(fb)
	for k := range toks {
		if t := &toks[k]; t.p == 0 {
			if t.key == "" {
				t.key = folded[t.sid[0]:t.sid[1]]
			}
			t.sid = [2]int32{}
		}
	}
	return toks, fb
}

// decode returns the rune at byte i of s and its size, with a fast path
// for ASCII and two-byte sequences (Arabic, accented Latin).
func decode(s string, i int) (rune, int) {
	if b := s[i]; b < 0x80 {
		return rune(b), 1
	}
	return decodeMulti(s, i)
}

// decodeMulti is decode for a rune of two bytes or more.
func decodeMulti(s string, i int) (rune, int) {
	b := s[i]
	if b >= 0xC2 && b < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(b&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Arabic letters used by the proclitic rules, as their UTF-8 strings.
const (
	alefLam = "ال"
	waw     = "و"
	ba      = "ب"
	lam     = "ل"
	fa      = "ف"
	kaf     = "ك"
)

// hasAl reports an Arabic word carrying the article, with or without a
// proclitic: "الوزير", "والوزير", "بالوزير", "للوزير".
func hasAl(key string) bool {
	k := key
	if strings.HasPrefix(k, waw) || strings.HasPrefix(k, fa) {
		if strings.HasPrefix(k[2:], alefLam) || strings.HasPrefix(k[2:], "لل") {
			return true
		}
		k = k[2:]
	}
	if strings.HasPrefix(k, alefLam) {
		return len(k) > 4
	}
	if (strings.HasPrefix(k, ba) || strings.HasPrefix(k, kaf)) && strings.HasPrefix(k[2:], alefLam) {
		return true
	}
	return strings.HasPrefix(k, "لل") && len(k) > 6
}

// proclitic is one way of reading an Arabic word as prefix + stem.
type proclitic struct {
	stem string // key of the stem, "ال…" restored after "لل"
	pre  int    // bytes of the prefix in the key
	raw  int    // runes of the prefix in the text
}

// stems lists the readings of key with its proclitics taken off, the key
// itself first: "وبالرباط" gives "وبالرباط", "بالرباط" and "الرباط". Every
// reading is a substring of key. Words with "لل" ("للأمم") are found
// because lexicons index their ال-words under the "لل" spelling too (see
// lamVariants). buf receives the readings.
func stems(key string, buf []proclitic) []proclitic {
	buf = append(buf[:0], proclitic{stem: key})
	if !hasProclitic(key) {
		return buf
	}
	k, pre, raw := key, 0, 0
	if len(k) > 4 && (strings.HasPrefix(k, waw) || strings.HasPrefix(k, fa)) {
		k, pre, raw = k[2:], pre+2, raw+1
		buf = append(buf, proclitic{stem: k, pre: pre, raw: raw})
	}
	if len(k) > 4 && (strings.HasPrefix(k, ba) || strings.HasPrefix(k, kaf) || strings.HasPrefix(k, lam) && !strings.HasPrefix(k, "لل")) {
		buf = append(buf, proclitic{stem: k[2:], pre: pre + 2, raw: raw + 1})
	}
	return buf
}

// hasProclitic reports an Arabic key long enough to carry a proclitic and
// starting with one of their letters: و، ف، ب، ك، ل.
func hasProclitic(key string) bool {
	if len(key) <= 4 {
		return false
	}
	switch key[:2] {
	case waw, fa, ba, kaf, lam:
		return true
	}
	return false
}

// lamVariants returns the spellings an ال-word takes after the preposition
// ل: "الأمم" → "للأمم", "اللاجئين" → "للاجئين".
func lamVariants(key string) []string {
	if !strings.HasPrefix(key, alefLam) || len(key) <= 6 {
		return nil
	}
	out := []string{lam + key[2:]}
	if strings.HasPrefix(key[4:], lam) {
		out = append(out, lam+key[4:])
	}
	return out
}

// skipRunes returns the byte offset reached by skipping n runes of text
// from byte offset b, not counting diacritics and tatweel.
func skipRunes(text string, b, n int) int {
	for n > 0 && b < len(text) {
		r, size := utf8.DecodeRuneInString(text[b:])
		b += size
		if keyRune(r) >= 0 {
			n--
		}
	}
	// a tatweel or diacritics right after the prefix belong to it
	for b < len(text) {
		r, size := utf8.DecodeRuneInString(text[b:])
		if keyRune(r) >= 0 {
			break
		}
		b += size
	}
	return b
}
