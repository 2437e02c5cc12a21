package provenance_test

import (
	"testing"

	"github.com/newsworker/newsworker/internal/provenance"
)

// TestRepository checks the whole module tree.
func TestRepository(t *testing.T) {
	provenance.Check(t, "../..")
}
