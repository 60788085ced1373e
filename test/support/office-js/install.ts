// Jest setup: the adapter's tests run through the real office.js client (test/support/office-js).
import { useOfficeJs } from './index';

useOfficeJs();
