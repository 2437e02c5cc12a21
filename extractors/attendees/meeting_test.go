package attendees_test

import "testing"

// TestMeetingVerbRoles: after a verb of meeting, an office right after the
// subject's name may name the guest ("استقبل الشيخ X وزير الخارجية
// الفرنسي"), unless a comma or a chain of offices shows it describes the
// subject; the guest's office followed by a place complement is no part of
// the next person's role.
func TestMeetingVerbRoles(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"office of the guest", "استقبل الملك عبدالله الثاني وزير الخارجية الأمريكي في قصر الحسينية.",
			[]string{"عبدالله الثاني | الملك"}},
		{"named guest", "استقبل الشيخ تميم بن حمد وزير الخارجية الفرنسي جان لوران اليوم.",
			[]string{"تميم بن حمد | الشيخ", "جان لوران | وزير الخارجية الفرنسي"}},
		{"comma: the subject's office", "التقى الأمير خالد بن راشد آل ناصر، ولي عهد إمارة الشارقة، بالوفد الزائر.",
			[]string{"خالد بن راشد آل ناصر | ولي عهد إمارة الشارقة"}},
		{"chain of offices: the subject's", "التقى سمو الشيخ خالد بن راشد آل ناصر ولي عهد إمارة الشارقة نائب الحاكم رئيس المجلس التنفيذي بالوفد.",
			[]string{"خالد بن راشد آل ناصر | ولي عهد إمارة الشارقة نائب الحاكم رئيس المجلس التنفيذي"}},
		{"guest's office, then the welcoming party", "وكان في استقبال رئيس الدولة بالمطار رئيسة الحكومة سلوى بن عمار، ووالي تونس فتحي الزين.",
			[]string{"سلوى بن عمار | رئيسة الحكومة", "فتحي الزين | والي تونس"}},
		{"bare office spelled out after the name", "وحضر الاستقبال السفير عمر بن سالم سفير جمهورية مصر العربية لدى المملكة المغربية.",
			[]string{"عمر بن سالم | سفير جمهورية مصر العربية لدى المملكة المغربية"}},
		{"same office, another person's", "استقبل السفير عمر بن سالم سفير اليابان كينجي ساتو.",
			[]string{"عمر بن سالم | السفير", "كينجي ساتو | سفير اليابان"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantPeople(t, "ar", tt.text, tt.want) })
	}
}
