import { Checkbox, NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileQuestion } from '../api-types';

interface Props {
  question: ProfileQuestion;
  value: string | boolean | number | undefined;
  onChange: (value: string | boolean) => void;
  /**
   * Let the browser block an unanswered required question (profile forms). The evaluation turns this off
   * and only marks it, so the server's message names every missing answer at once.
   */
  nativeRequired?: boolean;
}

/** One organiser-defined question (profile or evaluation questionnaire) as the matching input. */
export function QuestionField({ question, value, onChange, nativeRequired = true }: Props) {
  const { t } = useTranslation();
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const requiredProps = nativeRequired
    ? { required: question.required }
    : { withAsterisk: question.required, 'aria-required': question.required || undefined };
  switch (question.type) {
    case 'textarea':
      return (
        <Textarea
          label={question.label}
          {...requiredProps}
          autosize
          minRows={2}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'select':
      return (
        <NativeSelect
          label={question.label}
          {...requiredProps}
          value={text}
          data={[{ value: '', label: t('profile.chooseOne') }, ...(question.options ?? [])]}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'checkbox':
      // A yes/no question is always answered (unticked is "no"), so it is never marked required.
      return <Checkbox label={question.label} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
    default:
      return <TextInput label={question.label} {...requiredProps} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
