package attendees

import (
	"fmt"
	"testing"
	"unicode/utf8"
)

// TestVocabulary checks that every interned word is found under its own
// id, and that words outside the vocabulary are not.
func TestVocabulary(t *testing.T) {
	if _, err := loadLexicon(); err != nil {
		t.Fatal(err)
	}
	if len(vocabIDs) < 1000 {
		t.Fatalf("vocabulary of %d words; the lexicons alone hold more", len(vocabIDs))
	}
	for k, id := range vocabIDs {
		if got := lookupWord(k); got != id {
			t.Fatalf("lookupWord(%q) = %d, want %d", k, got, id)
		}
	}
	for _, k := range []string{"", "zzzzqx", "كلمةغيرموجودةابدا", "a very long key that no lexicon holds"} {
		if got := lookupWord(k); got != 0 {
			t.Errorf("lookupWord(%q) = %d, want 0", k, got)
		}
	}
	var s idSet
	s.add(3)
	s.add(200)
	if !s.has(3) || !s.has(200) || s.has(4) || s.has(100000) {
		t.Errorf("idSet: got %v", s)
	}
}

// TestArKeys checks the tokenizer's table of the Arabic block against
// keyRune and isWordRune.
func TestArKeys(t *testing.T) {
	for i := range arKeys {
		r := rune(0x0600 + i)
		k := arKeys[i]
		if !isWordRune(r) {
			if k.n != -1 {
				t.Errorf("%U: n = %d, want -1 (no word rune)", r, k.n)
			}
			continue
		}
		f := keyRune(r)
		var want []byte
		if f >= 0 {
			want = utf8.AppendRune(nil, f)
		}
		if got := k.b[:max(k.n, 0)]; string(got) != string(want) {
			t.Errorf("%U: folds to %q, want %q", r, got, want)
		}
	}
}

func TestBareKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"والمنظمه", "منظمه"},
		{"بالوزاره", "وزاره"},
		{"للتنميه", "تنميه"},
		{"الاتحاد", "اتحاد"},
		{"ومجلس", "مجلس"},
		{"والي", "الي"}, // too short for "وال": read as "و" + word
		{"وزير", "زير"}, // "و" is read as a proclitic when three letters remain
		{"بنك", "بنك"},  // "ب" alone is no prefix here
		{"الامم", "امم"},
		{"الان", "الان"}, // "ال" needs three letters after it
		{"وفد", "وفد"},   // and "و" too
		{"un", "un"},
	} {
		if got := bareKey(tc.in); got != tc.want {
			t.Errorf("bareKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStems(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want []string
	}{
		{"وبالرباط", []string{"وبالرباط", "بالرباط", "الرباط"}},
		{"فالوزير", []string{"فالوزير", "الوزير"}},
		{"للامم", []string{"للامم"}}, // "لل" stays: lexicons index its spelling
		{"كرئيس", []string{"كرئيس", "رئيس"}},
		{"الوزير", []string{"الوزير"}},
		{"وفد", []string{"وفد", "فد"}},
		{"ول", []string{"ول"}}, // too short for a proclitic
		{"minister", []string{"minister"}},
	} {
		var got []string
		for _, rd := range stems(tc.key, nil) {
			got = append(got, rd.stem)
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("stems(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

func TestLoadShort(t *testing.T) {
	s := "abcdefgh"
	for n := 0; n <= 8; n++ {
		var want uint64
		for i := n - 1; i >= 0; i-- {
			want = want<<8 | uint64(s[i])
		}
		if got := loadShort(s[:n]); got != want {
			t.Errorf("loadShort(%q) = %#x, want %#x", s[:n], got, want)
		}
	}
}

// TestWordRuneBlocks checks isWordRune's fast paths against the Unicode
// tables it stands in for.
func TestWordRuneBlocks(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := isWordRune(r), isWordRuneSlow(r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
