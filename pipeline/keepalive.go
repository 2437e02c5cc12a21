package pipeline

import (
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// keepAliveInterval is Config.KeepAlive with 0 read as a third of
// AckWait and a negative value as none (0).
func (c *Config) keepAliveInterval() time.Duration {
	switch {
	case c.KeepAlive < 0:
		return 0
	case c.KeepAlive == 0:
		return c.AckWait / 3
	}
	return c.KeepAlive
}

// keepAlive tells the server, every interval until stop is called, that
// msg is still being worked on (an InProgress ack, which restarts the
// message's AckWait), so that a slow article is not redelivered to another
// worker and processed twice. An interval <= 0 sends nothing. stop waits
// until no signal is being sent, so that none follows the message's final
// ack; it may be called more than once.
//
// It costs a timer per message, not a goroutine: most messages settle
// long before their first signal is due.
func keepAlive(msg jetstream.Msg, interval time.Duration) (stop func()) {
	if interval <= 0 {
		return func() {}
	}
	k := &keeper{}
	k.mu.Lock() // the first signal waits until k.t is set
	defer k.mu.Unlock()
	k.t = time.AfterFunc(interval, func() {
		k.mu.Lock()
		defer k.mu.Unlock()
		if k.stopped {
			return
		}
		// An error means the connection is down; the server redelivers
		// after AckWait and the record's Nats-Msg-Id keeps that from
		// yielding a second record.
		_ = msg.InProgress()
		k.t.Reset(interval)
	})
	return k.stop
}

// keeper is the state of one keepAlive.
type keeper struct {
	mu      sync.Mutex // held while a signal is sent
	stopped bool
	t       *time.Timer
}

func (k *keeper) stop() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.stopped = true
	k.t.Stop()
}
