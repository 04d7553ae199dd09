import { test } from '@playwright/test';
import { locatorTests } from './locator-checks';

test.describe('the locator inset', locatorTests);
