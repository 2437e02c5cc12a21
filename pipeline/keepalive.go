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
func keepAlive(msg jetstream.Msg, interval time.Duration) (stop func()) {
	if interval <= 0 {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				// An error means the connection is down; the server
				// redelivers after AckWait and the record's Nats-Msg-Id
				// keeps that from yielding a second record.
				_ = msg.InProgress()
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() { close(done) })
		wg.Wait()
	}
}
