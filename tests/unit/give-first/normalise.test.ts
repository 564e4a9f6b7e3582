import { describe, expect, test } from 'vitest';
import { labelTerms, normaliseTag } from '@/lib/give-first';

describe('tag normalisation', () => {
  test.each([
    ['React.js', 'react'],
    ['reactjs', 'react'],
    ['  REACT  ', 'react'],
    ['Node.js', 'node'],
    ['Sécurité', 'securite'],
    ['Microservices', 'microservice'],
    ['Kubernetes', 'kubernetes'],
    ['CSS', 'css'],
    ['Redis', 'redis'],
    ['k8s', 'kubernetes'],
    ['Open source', 'opensource'],
    ['C#', 'c#'],
    ['React hooks', 'react hook'],
    ['TypeScript / JS', 'typescript javascript'],
  ])('%s → %s', (label, expected) => {
    expect(normaliseTag(label)).toBe(expected);
  });

  test('a multi-word label matches on its words too, without stopwords', () => {
    expect(labelTerms('Performance of React apps')).toEqual({
      phrase: 'performance of react app',
      words: ['performance', 'react'],
    });
  });

  test('punctuation only is nothing', () => {
    expect(labelTerms('—')).toEqual({ phrase: '', words: [] });
  });
});
