package pipeline

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// progressMsg counts the InProgress signals sent for it; its other
// methods are not used.
type progressMsg struct {
	jetstream.Msg
	signals atomic.Int64
}

func (m *progressMsg) InProgress() error {
	m.signals.Add(1)
	return nil
}

// TestKeepAlive: signals come while the message is worked on, none after
// stop returns, and stop may be called twice.
func TestKeepAlive(t *testing.T) {
	msg := &progressMsg{}
	stop := keepAlive(msg, 5*time.Millisecond)
	deadline := time.Now().Add(10 * time.Second)
	for msg.signals.Load() < 3 {
		if time.Now().After(deadline) {
			t.Fatalf("%d signals in 10s at a 5ms interval, want at least 3", msg.signals.Load())
		}
		time.Sleep(time.Millisecond)
	}
	stop()
	after := msg.signals.Load()
	time.Sleep(50 * time.Millisecond)
	if got := msg.signals.Load(); got != after {
		t.Errorf("%d signals after stop returned, want none", got-after)
	}
	stop()
}

// TestKeepAliveNone: an interval <= 0 sends nothing.
func TestKeepAliveNone(t *testing.T) {
	msg := &progressMsg{}
	stop := keepAlive(msg, 0)
	time.Sleep(20 * time.Millisecond)
	stop()
	if got := msg.signals.Load(); got != 0 {
		t.Errorf("%d signals with interval 0, want none", got)
	}
}
