package pipeline

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// EmbeddedConfig configures an in-process nats-server.
type EmbeddedConfig struct {
	// Port on 127.0.0.1; 0 picks a free one.
	Port int
	// StoreDir holds the JetStream file store; it is created if missing.
	StoreDir string
	// MaxPayload is the largest message the server accepts; it should be
	// at least the worker's MaxBytes. 0 means DefaultMaxBytes + 64 KiB.
	MaxPayload int32
}

// Embedded is a running in-process nats-server with JetStream, bound to
// loopback only.
type Embedded struct {
	srv *server.Server
}

// StartEmbedded starts a nats-server with JetStream on 127.0.0.1 and
// waits until it accepts connections (10s at most).
func StartEmbedded(cfg EmbeddedConfig) (*Embedded, error) {
	if cfg.StoreDir == "" {
		return nil, errors.New("pipeline: embedded server needs a store directory")
	}
	if err := os.MkdirAll(cfg.StoreDir, 0o750); err != nil {
		return nil, fmt.Errorf("pipeline: embedded store: %w", err)
	}
	port := cfg.Port
	if port == 0 {
		port = server.RANDOM_PORT
	}
	maxPayload := cfg.MaxPayload
	if maxPayload <= 0 {
		maxPayload = DefaultMaxBytes + 64<<10
	}
	srv, err := server.NewServer(&server.Options{
		ServerName: "newsworker-embedded",
		Host:       "127.0.0.1",
		Port:       port,
		JetStream:  true,
		StoreDir:   cfg.StoreDir,
		MaxPayload: maxPayload,
		NoSigs:     true,
		NoLog:      true,
		// HTTP monitoring, clustering and leaf nodes stay off.
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: embedded server: %w", err)
	}
	srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		return nil, errors.New("pipeline: embedded server not ready within 10s")
	}
	return &Embedded{srv: srv}, nil
}

// URL is the client URL, nats://127.0.0.1:PORT.
func (e *Embedded) URL() string {
	return fmt.Sprintf("nats://127.0.0.1:%d", e.srv.Addr().(*net.TCPAddr).Port)
}

// Shutdown stops the server and waits for it to finish.
func (e *Embedded) Shutdown() {
	e.srv.Shutdown()
	e.srv.WaitForShutdown()
}
