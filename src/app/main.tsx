import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { catalog } from '../catalog';
import { CalculatorProvider, defaultInputs } from '../state';
import { App } from './app';
import { applyTheme, loadTheme } from './theme';
import './styles.css';

applyTheme(loadTheme());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <CalculatorProvider
        catalog={catalog}
        initialInputs={defaultInputs(catalog)}
      >
        <App catalog={catalog} />
      </CalculatorProvider>
    </StrictMode>,
  );
}
