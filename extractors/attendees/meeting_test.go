package attendees_test

import (
	"slices"
	"testing"
)

// TestMeetingVerbRoles: after a verb of meeting, an office right after the
// subject's name may name the guest ("استقبل الشيخ X وزير الخارجية
// الفرنسي"), unless a comma or a chain of offices shows it describes the
// subject.
func TestMeetingVerbRoles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"office of the guest", "استقبل الملك عبدالله الثاني وزير الخارجية الأمريكي في قصر الحسينية.",
			[]string{"عبدالله الثاني | الملك"}},
		{"named guest", "استقبل الشيخ تميم بن حمد وزير الخارجية الفرنسي جان لوران اليوم.",
			[]string{"تميم بن حمد | الشيخ", "جان لوران | وزير الخارجية الفرنسي"}},
		{"comma: the subject's office", "التقى الأمير خالد بن راشد آل ناصر، ولي عهد مملكة البحرين، بالوفد الزائر.",
			[]string{"خالد بن راشد آل ناصر | ولي عهد مملكة البحرين"}},
		{"chain of offices: the subject's", "التقى سمو الشيخ خالد بن راشد آل ناصر ولي عهد مملكة البحرين نائب القائد الأعلى النائب الأول لرئيس مجلس الوزراء بالوفد.",
			[]string{"خالد بن راشد آل ناصر | ولي عهد مملكة البحرين نائب القائد الأعلى النائب الأول لرئيس مجلس الوزراء"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := people(extract(tt.text, "ar"))
			if !slices.Equal(got, tt.want) {
				t.Errorf("people(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
