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

// vocabSlot is eight bytes, so that the table of a few thousand words
// stays in cache; the key is compared only when the tags agree.
type vocabSlot struct {
	tag uint32 // high half of the key's hash
	id  int32
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
		h := wordHash(k)
		i := h & vocabMask
		for vocabTable[i].id != 0 {
			i = (i + 1) & vocabMask
		}
		vocabTable[i] = vocabSlot{tag: uint32(h >> 32), id: id}
		classByID[id] = classes[k]
	}
}

// lookupWord returns the id of a folded word, 0 when the vocabulary does
// not hold it or is not frozen yet.
func lookupWord(key string) int32 {
	if vocabTable == nil {
		return 0
	}
	h := wordHash(key)
	tag := uint32(h >> 32)
	for i := h & vocabMask; ; i = (i + 1) & vocabMask {
		s := &vocabTable[i]
		if s.id == 0 {
			return 0
		}
		if s.tag == tag && vocabKeys[s.id] == key {
			return s.id
		}
	}
}

// wordHash mixes the length and the first and last eight bytes of key:
// enough to tell words apart, and a handful of loads whatever the length.
func wordHash(k string) uint64 {
	n := len(k)
	var a, b uint64
	switch {
	case n >= 8:
		a = load64(k)
		b = load64(k[n-8:])
	case n >= 4:
		a = uint64(load32(k))
		b = uint64(load32(k[n-4:]))
	case n > 0:
		a = uint64(k[0]) | uint64(k[n>>1])<<8 | uint64(k[n-1])<<16
	}
	h := a*0x9E3779B97F4A7C15 ^ (b+uint64(n))*0xC2B2AE3D27D4EB4F
	h ^= h >> 29
	h *= 0xBF58476D1CE4E5B9
	return h ^ h>>32
}

func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
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
