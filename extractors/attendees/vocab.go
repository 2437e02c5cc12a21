package attendees

import "fmt"

// The vocabulary numbers every folded word that a word class, a word set or
// a lexicon knows. Each token of a text is looked up once (tok.id); from
// then on asking whether it belongs to a set, which classes it has, or
// which lexicon phrases start with it costs an array read, not a map
// lookup. Words outside the vocabulary get id 0.

var (
	vocabIDs    = map[string]int32{} // while the package initialises and the lexicon loads
	vocabFrozen bool
	vocabTable  []vocabSlot // open addressing, a power of two long, at most half full
	vocabMask   uint64
	vocabKeys   []string // the words by id
	classByID   []uint64 // word classes (see classes) by id
)

// vocabSlot holds a word's length and its first and last eight bytes: a
// word of sixteen bytes or fewer (eight Arabic letters) is compared
// without reading its key, a longer one is then compared in full.
type vocabSlot struct {
	a, b uint64
	n    int32
	id   int32
}

// intern returns the id of key, numbering it if it is new. It may only run
// before the vocabulary is frozen.
func intern(key string) int32 {
	if id, ok := vocabIDs[key]; ok {
		return id
	}
	if vocabFrozen {
		panic(fmt.Sprintf("attendees: word %q added after the vocabulary was frozen", key))
	}
	id := int32(len(vocabIDs) + 1)
	vocabIDs[key] = id
	return id
}

// freezeVocab builds the lookup table and the per-id class bits. The
// lexicon calls it once, after every set and lexicon word is interned.
func freezeVocab() {
	for k := range classes {
		intern(k)
	}
	vocabFrozen = true
	n := 1
	for n < 2*len(vocabIDs) {
		n <<= 1
	}
	vocabTable = make([]vocabSlot, n)
	vocabMask = uint64(n - 1)
	classByID = make([]uint64, len(vocabIDs)+1)
	vocabKeys = make([]string, len(vocabIDs)+1)
	for k, id := range vocabIDs {
		vocabKeys[id] = k
		x, y := wordBytes(k)
		i := wordHash(x, y, len(k)) & vocabMask
		for vocabTable[i].id != 0 {
			i = (i + 1) & vocabMask
		}
		vocabTable[i] = vocabSlot{a: x, b: y, n: int32(len(k)), id: id}
		classByID[id] = classes[k]
	}
}

// lookupWord returns the id of a folded word, 0 when the vocabulary does
// not hold it or is not frozen yet.
func lookupWord(key string) int32 {
	if vocabTable == nil {
		return 0
	}
	x, y := wordBytes(key)
	n := int32(len(key))
	for i := wordHash(x, y, len(key)) & vocabMask; ; i = (i + 1) & vocabMask {
		s := &vocabTable[i]
		if s.id == 0 {
			return 0
		}
		if s.a == x && s.b == y && s.n == n && (n <= 16 || vocabKeys[s.id] == key) {
			return s.id
		}
	}
}

// wordBytes returns the first eight bytes of k and the eight after them,
// or its last eight when k is longer than sixteen; shorter runs are padded
// with zeros.
func wordBytes(k string) (a, b uint64) {
	switch n := len(k); {
	case n >= 16:
		return load64(k), load64(k[n-8:])
	case n > 8:
		return load64(k), loadShort(k[8:])
	default:
		return loadShort(k), 0
	}
}

// wordHash mixes what wordBytes returns with the length.
func wordHash(a, b uint64, n int) uint64 {
	h := a*0x9E3779B97F4A7C15 ^ (b+uint64(n))*0xC2B2AE3D27D4EB4F
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>32
}

// loadShort reads up to eight bytes, little-endian, with two loads that
// overlap when the string is shorter than eight.
func loadShort(s string) uint64 {
	switch n := len(s); {
	case n >= 4:
		return uint64(load32(s)) | uint64(load32(s[n-4:]))<<(8*(n-4))
	case n >= 2:
		return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[n-1])<<(8*(n-1))
	case n == 1:
		return uint64(s[0])
	}
	return 0
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// idSet is a set of word ids.
type idSet []uint64

func (s *idSet) add(id int32) {
	for int(id>>6) >= len(*s) {
		*s = append(*s, 0)
	}
	(*s)[id>>6] |= 1 << (id & 63)
}

func (s idSet) intersects(o idSet) bool {
	for i := range min(len(s), len(o)) {
		if s[i]&o[i] != 0 {
			return true
		}
	}
	return false
}

func (s idSet) has(id int32) bool {
	return int(id>>6) < len(s) && s[id>>6]&(1<<(id&63)) != 0
}
