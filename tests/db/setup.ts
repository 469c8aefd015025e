// fake-indexeddb gives the db layer a real IndexedDB implementation in Node.
import 'fake-indexeddb/auto';
