package places

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/newsworker/newsworker/extractors/places/internal/norm"
)

//go:embed data/gazetteer.tsv
var gazetteerTSV string

//go:embed data/ambiguous.tsv
var ambiguousTSV string

// Kinds of gazetteer entries and of mentions.
const (
	KindCountry = "country"
	KindDemonym = "demonym"
	KindCapital = "capital"
	KindCity    = "city"
	KindRegion  = "region"
	KindSite    = "site"
)

// entry is one place of the gazetteer.
type entry struct {
	id      string // ISO alpha-2, ISO 3166-2 or GeoNames id
	country string
	name    string // English name
	lat     float64
	lon     float64
	pop     int
	kind    byte // 'C' country, 'P' city, 'R' region, 'S' site
	capital bool
	known   bool   // a town the news often name (CLDR exemplar city or hand-written facts)
	typ     string // region type (province, governorate, ...) or ""
}

// Levels of ambiguous names (see data/ambiguous.tsv).
const (
	weakContext uint8 = 1 // a place with a place word, or a preposition and its country named
	weakTrigger uint8 = 2 // a place only after a place word
)

// Roles a name plays for an entry, and the language its key came from.
const (
	roleName    uint8 = 1 << iota // the entry's name
	roleDemonym                   // an adjective or noun of its people
	langEn
	langAr
	langFr
)

type ref struct {
	e    int32
	role uint8
}

// Gazetteer holds countries, regions and cities with their names in
// Arabic, English and French. It is read-only and safe for concurrent use.
type Gazetteer struct {
	entries   []entry
	index     map[string][]ref
	first     map[string]uint8 // first token of a key → bit n-1 set when a key of n tokens starts with it
	countries map[string]int32 // ISO alpha-2 → entry
	capitals  map[string]int32 // ISO alpha-2 → capital city entry
	weak      map[string]uint8 // keys that are also common words or personal names
	filter    []uint64         // bitset of hashed first tokens: a cheap "no" before the map
	stats     Stats
}

// Stats counts what a Gazetteer holds.
type Stats struct {
	Countries, Regions, Cities, Sites int
	// Names counts distinct folded names per language ("en", "ar", "fr"),
	// demonyms included.
	Names map[string]int
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the embedded gazetteer, parsed once on first use. It is
// safe for concurrent use.
func Default() *Gazetteer {
	defaultOnce.Do(func() { defaultGaz = load(gazetteerTSV, ambiguousTSV) })
	return defaultGaz
}

// Stats reports the size of the gazetteer.
func (g *Gazetteer) Stats() Stats { return g.stats }

// load parses the generated gazetteer and the hand-written list of
// ambiguous names. The data is embedded and checked by the tests, so a
// malformed line is skipped rather than reported.
func load(data, ambiguous string) *Gazetteer {
	g := &Gazetteer{
		index:     make(map[string][]ref, 60000),
		first:     make(map[string]uint8, 40000),
		countries: make(map[string]int32, 256),
		capitals:  make(map[string]int32, 256),
		weak:      make(map[string]uint8, 256),
		stats:     Stats{Names: map[string]int{}},
	}
	g.entries = make([]entry, 0, strings.Count(data, "\n"))
	g.filter = make([]uint64, filterBits/64)
	langSeen := map[uint8]map[string]bool{langEn: {}, langAr: {}, langFr: {}}
	capName := map[string]string{}
	for line := range strings.SplitSeq(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		var cols [14]string
		n := 0
		for n < len(cols) {
			c, rest, ok := strings.Cut(line, "\t")
			cols[n] = c
			n++
			if !ok {
				break
			}
			line = rest
		}
		if n < 14 || cols[0] == "" {
			continue
		}
		e := entry{id: cols[1], country: cols[2], name: cols[3], kind: cols[0][0]}
		e.lat, _ = strconv.ParseFloat(cols[4], 64)
		e.lon, _ = strconv.ParseFloat(cols[5], 64)
		e.pop, _ = strconv.Atoi(cols[6])
		switch {
		case e.kind == 'P' || e.kind == 'S':
			e.capital = strings.Contains(cols[7], "capital")
			e.known = strings.Contains(cols[7], "known")
		case strings.HasPrefix(cols[7], "cap="):
			capName[e.country] = cols[7][4:]
		case e.kind == 'R':
			e.typ, _, _ = strings.Cut(cols[7], ",")
			e.known = strings.Contains(cols[7], "known")
		}
		idx := int32(len(g.entries))
		g.entries = append(g.entries, e)
		switch e.kind {
		case 'C':
			g.countries[e.id] = idx
			g.stats.Countries++
		case 'P':
			g.stats.Cities++
			if e.capital {
				if c, ok := g.capitals[e.country]; !ok || g.entries[c].pop < e.pop && g.entries[c].name != capName[e.country] || e.name == capName[e.country] {
					g.capitals[e.country] = idx
				}
			}
		case 'R':
			g.stats.Regions++
		case 'S':
			g.stats.Sites++
		}
		for i, lang := range [3]uint8{langEn, langAr, langFr} {
			g.add(cols[8+i], idx, roleName|lang, langSeen[lang])
			g.add(cols[11+i], idx, roleDemonym|lang, langSeen[lang])
		}
	}
	g.stats.Names["en"] = len(langSeen[langEn])
	g.stats.Names["ar"] = len(langSeen[langAr])
	g.stats.Names["fr"] = len(langSeen[langFr])
	for line := range strings.SplitSeq(ambiguous, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		name, rest, _ := strings.Cut(line, "\t")
		level, _, _ := strings.Cut(rest, "\t")
		if k := norm.Key(name); k != "" {
			g.weak[k] = weakContext
			if level == "trigger" {
				g.weak[k] = weakTrigger
			}
		}
	}
	return g
}

func (g *Gazetteer) add(keys string, e int32, role uint8, seen map[string]bool) {
	for keys != "" {
		k, rest, _ := strings.Cut(keys, "|")
		keys = rest
		if k == "" {
			continue
		}
		seen[k] = true
		rs := g.index[k]
		dup := false
		for i := range rs {
			if rs[i].e == e && rs[i].role&(roleName|roleDemonym) == role&(roleName|roleDemonym) {
				rs[i].role |= role
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		g.index[k] = append(rs, ref{e: e, role: role})
		first, _, _ := strings.Cut(k, " ")
		if n := norm.KeyTokens(k); n <= 8 {
			g.first[first] |= 1 << (n - 1)
		}
		h := hashKey(first)
		g.filter[h>>6&(filterBits/64-1)] |= 1 << (h & 63)
	}
}

// CountryName returns the English short name of the country with ISO
// 3166-1 alpha-2 code code ("MA" → "Morocco"), or "" when unknown.
func (g *Gazetteer) CountryName(code string) string {
	if i, ok := g.countries[strings.ToUpper(code)]; ok {
		return g.entries[i].name
	}
	return ""
}

// Country returns the country with ISO alpha-2 code code as a Place
// without a span, and false when the code is unknown.
func (g *Gazetteer) Country(code string) (Place, bool) {
	i, ok := g.countries[strings.ToUpper(code)]
	if !ok {
		return Place{}, false
	}
	return g.place(i), true
}

// Capital returns the capital city of the country with ISO alpha-2 code
// code as a Place without a span, and false when unknown.
func (g *Gazetteer) Capital(code string) (Place, bool) {
	i, ok := g.capitals[strings.ToUpper(code)]
	if !ok {
		return Place{}, false
	}
	return g.place(i), true
}

// Lookup returns the places a name can denote, in any of the three
// languages, most populous first; proclitics are not stripped.
func (g *Gazetteer) Lookup(name string) []Place {
	var es []int32
	for _, r := range g.index[norm.Key(name)] {
		if r.role&roleName != 0 {
			es = append(es, r.e)
		}
	}
	sort.SliceStable(es, func(i, j int) bool { return g.entries[es[i]].pop > g.entries[es[j]].pop })
	out := make([]Place, 0, len(es))
	for _, e := range es {
		out = append(out, g.place(e))
	}
	return out
}

func (g *Gazetteer) place(i int32) Place {
	e := &g.entries[i]
	return Place{Name: e.name, Country: e.country, Kind: e.placeKind(), Lat: e.lat, Lon: e.lon}
}

func (e *entry) placeKind() string {
	switch e.kind {
	case 'C':
		return KindCountry
	case 'R':
		return KindRegion
	case 'S':
		return KindSite
	}
	return KindCity
}

// filterBits sizes the first-token filter; a power of two. 2^19 bits
// (64 KB) for some 45,000 first tokens let about one absent token in ten
// through to the map.
const filterBits = 1 << 19

// hashKey mixes the length and the first, middle and last bytes of s with
// a few multiplications: cheap, and enough to spread the gazetteer's
// tokens over the filter.
func hashKey(s string) uint32 {
	n := len(s)
	if n < 4 {
		h := uint32(n)
		for i := 0; i < n; i++ {
			h = h<<8 | uint32(s[i])
		}
		return h * 0x9E3779B1
	}
	a := uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
	b := uint32(s[n-4]) | uint32(s[n-3])<<8 | uint32(s[n-2])<<16 | uint32(s[n-1])<<24
	m := uint32(s[n/2]) | uint32(s[n/2-1])<<8
	h := (a*0x85EBCA6B ^ b*0xC2B2AE35 ^ m<<16 ^ uint32(n)) * 0x9E3779B1
	return h ^ h>>15
}

// mayStart reports whether some name may start with the folded token w.
func (g *Gazetteer) mayStart(w string) bool {
	h := hashKey(w)
	return g.filter[h>>6&(filterBits/64-1)]&(1<<(h&63)) != 0
}
