package attendees_test

import (
	"path/filepath"
	"testing"

	"github.com/newsworker/newsworker/internal/provenance"
)

// TestProvenance fails while this package holds text copied from the
// third-party articles in ../shared: tests use sentences of our own.
func TestProvenance(t *testing.T) {
	// Checked through the parent so that paths read "../attendees/data/…":
	// Check exempts lexicon data by a "/data/" path element.
	provenance.Check(t, filepath.Join("..", "attendees"))
}
