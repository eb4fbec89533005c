// React 18 sets every prop on a custom element as a string attribute and cannot listen to custom
// events. @lit/react's `createComponent` makes a real React component instead: properties are set
// as properties, and each event gets a camelCase `on…` prop typed from its event class.
import { type EventName, createComponent } from '@lit/react';
import { MfaMethodChangeEvent, MfaMethodPicker } from 'mfa-elements/method-picker';
import { MfaProvider } from 'mfa-elements/provider';
import { MfaErrorEvent, MfaReauthRequiredEvent } from 'mfa-elements/core';
import * as React from 'react';

export const Provider = createComponent({ tagName: 'mfa-provider', elementClass: MfaProvider, react: React });

export const MethodPicker = createComponent({
  tagName: 'mfa-method-picker',
  elementClass: MfaMethodPicker,
  react: React,
  events: {
    onMethodChange: MfaMethodChangeEvent.eventName as EventName<MfaMethodChangeEvent>,
    onReauthRequired: MfaReauthRequiredEvent.eventName as EventName<MfaReauthRequiredEvent>,
    onError: MfaErrorEvent.eventName as EventName<MfaErrorEvent>,
  },
});
