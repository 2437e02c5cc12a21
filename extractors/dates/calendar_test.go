package dates

import (
	"testing"
	"time"
)

func TestCivilRoundTrip(t *testing.T) {
	for n := civilDays(1900, 1, 1); n <= civilDays(2100, 12, 31); n += 7 {
		y, m, d := civilDate(n)
		if got := civilDays(y, m, d); got != n {
			t.Fatalf("civilDays(civilDate(%d)) = %d", n, got)
		}
		want := time.Unix(int64(n)*86400, 0).UTC()
		if y != want.Year() || m != int(want.Month()) || d != want.Day() || weekday(n) != int(want.Weekday()) {
			t.Fatalf("day %d = %d-%d-%d (weekday %d), want %s", n, y, m, d, weekday(n), want.Format("2006-01-02 Mon"))
		}
	}
}

func TestHijri(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{1444, 11, 19, "2023-06-08"}, // Umm al-Qura table
		{1446, 1, 1, "2024-07-07"},
		{1445, 9, 1, "2024-03-11"},
		{1250, 1, 1, "1834-05-10"}, // before the table: arithmetic calendar
	}
	for _, tt := range tests {
		n, ok := hijriDays(tt.y, tt.m, tt.d)
		if got := formatDay(n); !ok || got != tt.want {
			t.Errorf("hijriDays(%d, %d, %d) = %s, %v; want %s", tt.y, tt.m, tt.d, got, ok, tt.want)
		}
		if got := hijriYear(n); got != tt.y {
			t.Errorf("hijriYear(%s) = %d, want %d", tt.want, got, tt.y)
		}
	}
	if _, ok := hijriDays(1445, 13, 1); ok {
		t.Error("hijriDays accepted month 13")
	}
}
