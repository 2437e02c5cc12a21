package dates

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsworker/newsworker/extractors"
)

//go:embed data/lexicon.txt
var lexiconData string

// Word classes. A folded form may belong to several context classes but to
// at most one class that carries a value.
const (
	cMonth uint64 = 1 << iota
	cAbbr
	cLev
	cOrd
	cHMonth
	cHPre
	cDhu
	cDhuX
	cWday
	cRel
	cRelX
	cAwwal
	cAfter
	cAvant
	cApres
	cQual
	cHMark
	cGMark
	cMuwafiq
	cOrdSuf
	cOf
	cTo
	cFrom
	cBetween
	cAnd
	cReport
	cReportN
	cFuture
	cToll
	cRise
	cPlan
	cYCtx
	cSince
	cArt
	cDayOrd
	cTeen
	cTens
	cYWord
	cDayPart
	cSeq
	cDayN
	cLater
	cOr
	cGen
	cAnchorP
	cAnnounce
	cTimeN
	cCasualty
)

var classNames = map[string]uint64{
	"month": cMonth, "abbr": cAbbr, "lev": cLev, "ord": cOrd, "hmonth": cHMonth,
	"hpre": cHPre, "dhu": cDhu, "dhux": cDhuX, "wday": cWday, "rel": cRel,
	"relx": cRelX, "awwal": cAwwal, "after": cAfter, "avant": cAvant,
	"apres": cApres, "qual": cQual, "hmark": cHMark, "gmark": cGMark,
	"muwafiq": cMuwafiq, "ordsuf": cOrdSuf, "of": cOf, "to": cTo, "from": cFrom,
	"between": cBetween, "and": cAnd, "report": cReport, "reportn": cReportN, "future": cFuture,
	"toll": cToll, "rise": cRise, "plan": cPlan, "yctx": cYCtx, "since": cSince, "art": cArt, "dayord": cDayOrd, "teen": cTeen, "tens": cTens, "yword": cYWord, "daypart": cDayPart, "seq": cSeq, "dayn": cDayN, "later": cLater,
	"or": cOr, "gen": cGen, "anchorp": cAnchorP, "announce": cAnnounce, "timen": cTimeN, "casualty": cCasualty,
}

// valued are the classes whose entries carry a value.
const valued = cMonth | cAbbr | cLev | cOrd | cHMonth | cHPre | cDhuX | cWday | cRel | cRelX | cQual | cDayOrd | cTeen | cTens | cSeq | cLater

// entry is what the lexicon knows of one folded form.
type entry struct {
	class uint64
	val   int8
	cap   bool // counts only when written with a capital
	dot   bool // abbreviation: counts only before "." or a number
}

// lexicon maps folded forms to entries; bloom pre-filters lookups so that
// most words of a text never reach the map.
type lexicon struct {
	words  map[string]entry
	bloom  [1 << 16 / 64]uint64
	maxLen int // bytes of the longest form
}

// bloomKey returns the filter bit of the folded form b, mixed from its
// length and from the bytes that tell letters apart (the second byte of an
// Arabic letter, every byte of a Latin one) near both ends.
func bloomKey(b []byte) uint32 {
	n := len(b)
	h := uint32(n)<<24 ^ uint32(b[n-1])<<16 ^ uint32(b[(n-1)/2])<<8 ^ uint32(b[n/2])
	if n > 3 {
		h ^= uint32(b[1])<<4 ^ uint32(b[3])<<12 ^ uint32(b[n-3])<<20
	}
	h *= 0x9E3779B1
	return h >> 16
}

func (l *lexicon) maybe(b []byte) bool {
	if len(b) < 2 || len(b) > l.maxLen {
		return false
	}
	k := bloomKey(b)
	return l.bloom[k>>6]&(1<<(k&63)) != 0
}

// lookup returns the entry of the folded form b.
func (l *lexicon) lookup(b []byte) (entry, bool) {
	if !l.maybe(b) {
		return entry{}, false
	}
	e, ok := l.words[string(b)]
	return e, ok
}

// parseLexicon reads the lexicon format described in data/lexicon.txt.
func parseLexicon(data string) (*lexicon, error) {
	l := &lexicon{words: make(map[string]entry, 512)}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		head, forms, ok := strings.Cut(line, "|")
		if !ok {
			return nil, fmt.Errorf("dates: lexicon line %d: no '|'", n+1)
		}
		f := strings.Fields(head)
		if len(f) < 2 {
			return nil, fmt.Errorf("dates: lexicon line %d: want class and value", n+1)
		}
		class, ok := classNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("dates: lexicon line %d: unknown class %q", n+1, f[0])
		}
		v, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("dates: lexicon line %d: value: %w", n+1, err)
		}
		var e entry
		e.class, e.val = class, int8(v)
		for _, flag := range f[2:] {
			switch flag {
			case "cap":
				e.cap = true
			case "dot":
				e.dot = true
			default:
				return nil, fmt.Errorf("dates: lexicon line %d: unknown flag %q", n+1, flag)
			}
		}
		for _, form := range strings.Fields(forms) {
			key := extractors.Fold(form)
			if key == "" {
				continue
			}
			old, seen := l.words[key]
			if seen {
				if old.class&valued != 0 && e.class&valued != 0 && (old.class != e.class || old.val != e.val) {
					return nil, fmt.Errorf("dates: lexicon line %d: %q has two values", n+1, form)
				}
				if e.class&valued != 0 {
					old.val, old.cap, old.dot = e.val, e.cap, e.dot
				}
				old.class |= e.class
				l.words[key] = old
				continue
			}
			l.words[key] = e
			k := bloomKey([]byte(key))
			l.bloom[k>>6] |= 1 << (k & 63)
			l.maxLen = max(l.maxLen, len(key))
		}
	}
	return l, nil
}

var lex = mustLexicon()

func mustLexicon() *lexicon {
	l, err := parseLexicon(lexiconData)
	if err != nil {
		panic(err) // the embedded data is part of the program
	}
	return l
}
