// Vue 3. Two things make custom elements work: the template compiler must treat `mfa-*` tags as
// custom elements (`isCustomElement`, here or in the Vite plugin's `template.compilerOptions`), and
// `mfa-elements/vue` types them for templates (GlobalComponents). App.vue is the usual form; this
// file does the same with a render function, so plain `tsc` checks the types.
import 'mfa-elements/provider';
import 'mfa-elements/method-picker';
import type {} from 'mfa-elements/vue';
import { type GlobalComponents, createApp, defineComponent, h, ref } from 'vue';

/** What a template may pass to `<mfa-method-picker>`: typed properties and `@mfa-…` listeners. */
type MethodPickerProps = InstanceType<GlobalComponents['mfa-method-picker']>['$props'];
type ProviderProps = InstanceType<GlobalComponents['mfa-provider']>['$props'];

// Your page carries the session's CSRF token (here in a meta tag); every change request sends it.
const headers = () => ({ 'X-CSRF-Token': document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '' });

const App = defineComponent(() => {
  const saved = ref<string>();
  const provider: ProviderProps = { endpoint: '/api/mfa', theme: 'auto', headers };
  // `@mfa-method-change` compiles to `onMfaMethodChange`; `event.detail.method` is a `MethodId`.
  const picker: MethodPickerProps = { onMfaMethodChange: (event) => (saved.value = event.detail.method) };
  return () =>
    h('mfa-provider', provider, [h('mfa-method-picker', picker), h('p', saved.value ? `New default method: ${saved.value}` : '')]);
});

const app = createApp(App);
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('mfa-');
app.mount('#app');
