package places

import "testing"

func TestTransliterate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"اليمامة", "Al Yamamah"},
		{"بسمان", "Basman"},
		{"بيان", "Bayan"},
		{"السلام", "Al Salam"},
		{"العلم", "Al Alam"},
		{"الوطن", "Al Watan"},
		{"عرعر", "Arar"},
		{"جديدة", "Jadidah"},
		{"الصخير", "Al Sakhir"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := transliterate(tt.in)
			if got != tt.want {
				t.Errorf("transliterate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
