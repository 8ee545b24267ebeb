// Dexie needs an IndexedDB; fake-indexeddb gives each test run an in-memory one.
import 'fake-indexeddb/auto';
