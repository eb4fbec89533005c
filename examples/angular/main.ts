import '@angular/compiler'; // JIT, to keep the example small; an Angular CLI app compiles ahead of time.
import { bootstrapApplication } from '@angular/platform-browser';
import { SecurityComponent } from './security.component.js';

bootstrapApplication(SecurityComponent).catch((error: unknown) => console.error(error));
