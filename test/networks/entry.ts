// The variant bundle's entry: registers the test-only network first, then every entry point of the add-on, unchanged.
import './mastodon.network';

export * from '../../src/main';
