package places

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Venues the gazetteer does not hold. An official visit is often received
// in a named palace ("استقبل … في قصر X", "at the X Palace", "au palais
// X"), and a border crossing is named with its crossing word and the
// adjective "border" ("منفذ X الحدودي"). When the text ties such a venue to
// the event by a preposition and keeps no town, the venue is the place:
// a site in the country hosting the event when the text says which (the
// dateline's, or the one country it places the event in). Its name is the text's own spelling in English and French, a
// transliteration of the Arabic in the common English-press style
// otherwise ("Al Yamamah Palace").

// venueWords open a venue name in Arabic (after a preposition) and close
// one in English; palaceSuffix is appended to an Arabic palace name.
var (
	arPalaceWords   = map[string]bool{"قصر": true, "بقصر": true}
	arCrossingWords = map[string]bool{"منفذ": true, "بمنفذ": true, "معبر": true, "بمعبر": true}
	borderWords     = map[string]bool{"الحدودي": true, "الحدوديه": true}
	enVenueWords    = map[string]bool{"palace": true}
)

// venueRunes bounds the part of the text where a venue is looked for: the
// lede, where the event's own place is named.
const venueRunes = ledeRunes

// venues adds a site for the first venue the lede ties to the event, when
// no town is kept (a palace in a kept town is the town's, as the gazetteer
// venues are). byCount says that out holds only the country the text names
// most, which does not tell the host (it may be the guest's).
func (s *scanner) venues(out []Place, byCount bool) []Place {
	for _, p := range out {
		if p.Kind == KindCity || p.Kind == KindSite {
			return out
		}
	}
	for k := 0; k < len(s.toks) && s.toks[k].Start < 2*venueRunes; k++ {
		if s.named(k) {
			continue
		}
		start, end, name := s.venueAt(k)
		if name == "" {
			continue
		}
		host := out
		if byCount {
			host = nil
		}
		c := s.hostCountry(host)
		if c == "" {
			return out
		}
		v := Place{Span: s.doc.Span(start, end, 0.6), Name: name, Country: c, Kind: KindSite}
		return append([]Place{v}, out...)
	}
	return out
}

// venueAt returns the span and English name of a venue opening at token
// k, or an empty name.
func (s *scanner) venueAt(k int) (start, end int, name string) {
	w := s.tok(k)
	next := func(j int) bool { return j < len(s.toks) && !s.toks[j].Break }
	switch {
	case arPalaceWords[w] && next(k+1) && (strings.HasPrefix(w, "ب") || s.inPrepBefore(k, false)):
		// "في قصر العوجا", "بقصر الضيافة": one word, the palace's name
		if !isArabic(firstRune(s.tok(k + 1))) {
			return 0, 0, ""
		}
		return s.toks[k].Start, s.toks[k+1].End, transliterate(s.word(k+1)) + " Palace"
	case arCrossingWords[w]:
		// "منفذ X الحدودي", "معبر X Y الحدودي": up to three words before the adjective
		for j := k + 2; j <= k+4 && next(j); j++ {
			if borderWords[s.tok(j)] {
				parts := make([]string, 0, 3)
				for i := k + 1; i < j; i++ {
					parts = append(parts, transliterate(s.word(i)))
				}
				return s.toks[k].Start, s.toks[j].End, strings.Join(parts, " ")
			}
		}
	case enVenueWords[w] && k > 0 && next(k) && upperAt(s.text, s.toks[k].Start):
		// "at the Bayt Palace", "at Qasr Palace": capitalised words before "Palace"
		j := k
		for j > 0 && k-j < 3 && next(j) && upperAt(s.text, s.toks[j-1].Start) && !s.named(j-1) {
			j--
		}
		if j == k || j == 0 || !next(j) {
			return 0, 0, ""
		}
		p := j - 1
		if articles[s.tok(p)] && p > 0 && next(p) {
			p--
		}
		if !inPreps[s.tok(p)] && !locPreps[s.tok(p)] {
			return 0, 0, ""
		}
		return s.toks[j].Start, s.toks[k].End, s.text[s.toks[j].Start:s.toks[k].End]
	case w == "palais" && next(k+1) && upperAt(s.text, s.toks[k+1].Start) && (s.tok(k-1) == "au" || s.tok(k-1) == "du"):
		// "au palais Bourguiba": the capitalised name right after palais
		return s.toks[k].Start, s.toks[k+1].End, s.text[s.toks[k+1].Start:s.toks[k+1].End] + " Palace"
	}
	return 0, 0, ""
}

// word returns the text of token k as written.
func (s *scanner) word(k int) string {
	return s.text[s.toks[k].Start:s.toks[k].End]
}

// hostCountry returns the country hosting the event when the text says it
// without doubt: the dateline town's country, else the one country of the
// places already kept, or "". A demonym alone does not tell: "استقبل …
// الرئيس الكيني" names the guest's country, not the host's.
func (s *scanner) hostCountry(out []Place) string {
	for i := range s.ms {
		if m := &s.ms[i]; !m.skip && (m.Kind == KindCity || m.Kind == KindCapital) && s.dateline(m) {
			return m.Country
		}
	}
	c := ""
	for _, p := range out {
		if c != "" && p.Country != c {
			return ""
		}
		c = p.Country
	}
	return c
}

// translit maps Arabic letters to the Latin letters the English-language
// press uses; long vowels and و/ي read as vowels between consonants.
var translit = map[rune]string{
	'ا': "a", 'أ': "a", 'إ': "i", 'آ': "a", 'ب': "b", 'ت': "t", 'ث': "th", 'ج': "j", 'ح': "h",
	'خ': "kh", 'د': "d", 'ذ': "dh", 'ر': "r", 'ز': "z", 'س': "s", 'ش': "sh", 'ص': "s", 'ض': "d",
	'ط': "t", 'ظ': "z", 'ع': "", 'غ': "gh", 'ف': "f", 'ق': "q", 'ك': "k", 'ل': "l", 'م': "m",
	'ن': "n", 'ه': "h", 'ة': "ah", 'ى': "a", 'ء': "", 'ئ': "", 'ؤ': "",
}

// transliterate renders one Arabic word in Latin letters: the article as
// "Al ", و and ي as consonants at the start of a syllable and as vowels
// elsewhere, ع as "a" after a consonant, and an "a" inside a cluster of two
// consonants at either end of the word, where Arabic leaves a short vowel
// unwritten ("بسمان" → "Basman", "اليمامة" → "Al Yamamah", "العلم" → "Al
// Alam"). Other short vowels cannot be known; the result is a readable
// name, not a scholarly one.
func transliterate(w string) string {
	prefix := ""
	if strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) > 3 {
		prefix, w = "Al ", strings.TrimPrefix(w, "ال")
	}
	type piece struct {
		t     string
		vowel bool
	}
	var ps []piece
	rs := []rune(w)
	for i, r := range rs {
		if unicode.Is(unicode.Mn, r) || r == 'ـ' {
			continue // diacritics, tatweel
		}
		last := len(ps) == 0 || ps[len(ps)-1].vowel
		p := piece{}
		switch r {
		case 'و':
			p = piece{"w", false}
			if i > 0 && i+1 < len(rs) && rs[i+1] != 'ا' {
				p = piece{"u", true}
			}
		case 'ي':
			p = piece{"y", false}
			if i > 0 && (i+1 == len(rs) || rs[i+1] != 'ا') {
				p = piece{"i", true}
			}
		case 'ا', 'أ', 'إ', 'آ', 'ى', 'ة':
			p = piece{translit[r], true}
		case 'ع':
			if !last || i == 0 {
				p = piece{"a", true}
			}
		default:
			p.t = translit[r]
		}
		if p.t != "" {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return ""
	}
	var b strings.Builder
	for i, p := range ps {
		b.WriteString(p.t)
		cluster := !p.vowel && i+1 < len(ps) && !ps[i+1].vowel
		if cluster && (i == 0 || i+2 == len(ps)) {
			b.WriteString("a")
		}
	}
	out := b.String()
	r, size := utf8.DecodeRuneInString(out)
	return prefix + string(unicode.ToUpper(r)) + out[size:]
}
